package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A visitor finds a phone through the header search, opens it and chooses its options, on a laptop and a phone. */
class StorefrontJourneyTest extends BrowserTest {

    @Test
    void a_visitor_searches_for_a_phone_and_chooses_colour_and_storage() {
        browse();
    }

    @Test
    void the_same_journey_works_at_phone_width() {
        newPage(375, 812, "zh-CN");
        browse();
    }

    private void browse() {
        page.navigate("/");
        settle();
        shot("home");
        Locator search = page.getByRole(
                        AriaRole.COMBOBOX, new com.microsoft.playwright.Page.GetByRoleOptions().setName("搜索商品"))
                .first();
        search.fill("手机");
        search.press("Enter");
        page.waitForURL(url -> url.contains("/search"));
        settle();
        assertThat(page.getByText("星耀 X20 智能手机 5G 全网通").first()).isVisible();
        shot("search");
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("星耀 X20 智能手机 5G 全网通")))
                .isVisible();
        assertThat(page.getByText("¥2,499.00 – ¥3,499.00")).isVisible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("冰川蓝"))
                .click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("256GB"))
                .click();
        settle();
        assertThat(page.getByText("¥2,999.00")).isVisible();
        assertThat(page.getByText("支持 7 天无理由退货")).isVisible();
        shot("product");
    }
}
