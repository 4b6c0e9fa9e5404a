package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The storefront and the merchant editor read in English once a person chooses it. The choice is kept on the account,
 * so these journeys use accounts no other journey signs in with: the suite's order must not matter.
 */
class EnglishViewsJourneyTest extends BrowserTest {

    @Test
    void a_shopper_browses_in_english() {
        signIn("wangfang@ks.demo", "ks-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        assertThat(page.getByText("New arrivals")).isVisible();
        settle();
        shot("home");
        page.navigate("/search?q=phone");
        settle();
        assertThat(page.getByText("Sort by").first()).isVisible();
        shot("search");
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        assertThat(page.getByText("7-day no-reason returns").first()).isVisible();
        shot("product");
        page.navigate("/cart");
        settle();
        shot("cart");
        page.navigate("/account/favourites");
        settle();
        shot("favourites");
    }

    @Test
    void a_merchant_edits_in_english() {
        signIn("home@ks.demo", "ks-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        assertThat(page.getByText("Merchant portal")).isVisible();
        page.navigate("/merchant/products/new");
        settle();
        assertThat(page.getByText("Generate SKU table")).isVisible();
        shot("editor");
        page.navigate("/merchant/products");
        settle();
        shot("products");
    }

    @Test
    void the_merchant_portal_reads_in_english() {
        signIn("home@ks.demo", "ks-demo-2026");
        // the editor journey may already have chosen English for this account (kept on the account)
        var english = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"));
        if (english.count() > 0) {
            english.click();
        }
        settle();
        page.navigate("/merchant");
        settle();
        assertThat(page.getByText("Orders to ship")).isVisible();
        shot("dashboard");
        page.navigate("/merchant/orders");
        settle();
        assertThat(page.getByText("Orders & shipping").first()).isVisible();
        shot("orders");
        page.navigate("/merchant/settlement");
        settle();
        shot("settlement");
        page.navigate("/merchant/products");
        settle();
        shot("products-filters");
    }
}
