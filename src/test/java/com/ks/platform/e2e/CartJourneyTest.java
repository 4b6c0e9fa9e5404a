package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo shopper's cart in Chromium, on a laptop and a phone; the laptop shot is kept in docs/screenshots. */
class CartJourneyTest extends BrowserTest {

    @Test
    void the_shopper_sees_a_cart_grouped_by_shop_with_a_total_bar() throws Exception {
        signIn("shopper@ks.demo", "ks-demo-2026");
        page.navigate("/cart");
        settle();
        assertThat(page.locator(".ks-cart-shop")).hasCount(2);
        assertThat(page.locator(".ks-cart-bar")).containsText("结算");
        Files.createDirectories(Path.of("docs", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("docs", "screenshots", "cart.png"))
                .setFullPage(true));
        shot("laptop");

        page.setViewportSize(375, 800);
        settle();
        shot("phone");

        page.navigate("/account/favourites");
        settle();
        assertThat(page.locator(".ks-tile")).hasCount(2);
        shot("favourites");
    }
}
