package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * axe-core on the pages people use most (checkout and order detail are checked inside the checkout journey): no
 * serious or critical WCAG 2.1 A/AA violation. The merchant's home also proves the ECharts charts really draw.
 */
class AccessibilityJourneyTest extends BrowserTest {

    @Test
    void storefront_pages_have_no_serious_accessibility_violations() {
        for (String path : new String[] {"/", "/search?q=%E6%89%8B%E6%9C%BA", "/cart"}) {
            page.navigate(path);
            settle();
            Accessibility.assertNoSeriousViolations(page, path);
        }
        page.navigate("/search?q=%E6%89%8B%E6%9C%BA");
        settle();
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        Accessibility.assertNoSeriousViolations(page, "product page");
    }

    @Test
    void the_merchant_editor_and_dashboard_have_no_serious_violations_and_the_charts_draw() {
        signIn("merchant@ks.demo", "ks-demo-2026");
        page.navigate("/merchant");
        settle();
        Locator canvases = page.locator("ks-chart canvas");
        canvases.first().waitFor();
        assertThat(canvases).hasCount(5); // sales, orders by status, top products; conversion, refund rate
        shot("dashboard");
        Accessibility.assertNoSeriousViolations(page, "merchant dashboard");
        page.navigate("/merchant/products/new");
        settle();
        Accessibility.assertNoSeriousViolations(page, "product editor");
    }

    @Test
    void the_review_queue_has_no_serious_violations() {
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.navigate("/compliance");
        settle();
        Accessibility.assertNoSeriousViolations(page, "review queue");
    }
}
