package com.ks.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** List pages use the height of the screen: a merchant sees most of its products at once, on a laptop and a phone. */
class ListPagesJourneyTest extends BrowserTest {

    /** How tall the page's grid is and how many of its rows lie inside it, as the person sees them. */
    private static final String VISIBLE_ROWS = """
            () => {
              const grid = document.querySelector('vaadin-grid');
              const box = grid.getBoundingClientRect();
              const rows = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(row => {
                const r = row.getBoundingClientRect();
                return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom + 1
                    && [...row.querySelectorAll('slot')].some(slot =>
                        slot.assignedElements().some(cell => cell.textContent.trim() !== ''));
              });
              return [box.height, rows.length];
            }""";

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900", "390, 844"})
    void the_merchant_sees_its_products_and_orders_in_lists_as_tall_as_the_screen(int width, int height) {
        newPage(width, height, "zh-CN");
        signIn("merchant@ks.demo", "ks-demo-2026");

        page.navigate("/merchant/products");
        settle();
        page.locator("#merchant-products vaadin-grid-cell-content").first().waitFor();
        settle();
        shot("products-" + width);
        Object[] products = measure();
        assertThat((double) products[0]).as("product grid height").isGreaterThan(300);
        assertThat((int) products[1]).as("product rows shown").isGreaterThanOrEqualTo(5);

        page.navigate("/merchant/orders");
        settle();
        shot("orders-" + width);
        assertThat((double) measure()[0]).as("order grid height").isGreaterThan(300);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "compliance@ks.demo, /compliance/risk-alerts",
        "compliance@ks.demo, /compliance/credit",
        "admin@ks.demo, /admin/accounts"
    })
    void staff_list_pages_are_as_tall_as_the_screen(String email, String route) {
        signIn(email, "ks-demo-2026");
        page.navigate(route);
        settle();
        assertThat((double) measure()[0]).as("grid height on " + route).isGreaterThan(500);
    }

    private Object[] measure() {
        var result = (java.util.List<?>) page.evaluate(VISIBLE_ROWS);
        return new Object[] {((Number) result.get(0)).doubleValue(), ((Number) result.get(1)).intValue()};
    }
}
