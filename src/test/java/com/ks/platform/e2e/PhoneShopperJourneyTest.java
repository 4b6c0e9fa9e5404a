package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * A returning shopper on a 390 × 844 phone: a header in one row, the buying buttons always at hand at the bottom of
 * the product page, buy now with one confirmation (the payment method chosen there, nothing preselected), and the
 * sandbox payment page with margins and the same deadline as the cashier.
 */
class PhoneShopperJourneyTest extends BrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Test
    void a_shopper_buys_now_at_phone_width_and_pays_in_the_sandbox() {
        newPage(WIDTH, HEIGHT, "zh-CN");
        page.navigate("/");
        settle();
        assertThat(box(page.locator(".ks-store-header")).height)
                .as("a visitor's header (sign in, register) is one row too")
                .isLessThan(70);
        shot("visitor-home");
        signIn("shopper@ks.demo", "ks-demo-2026");

        page.navigate("/search?q=" + java.net.URLEncoder.encode("手机", java.nio.charset.StandardCharsets.UTF_8));
        settle();
        assertThat(box(page.locator(".ks-store-header")).height)
                .as("the storefront header is one row")
                .isLessThan(70);
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        button("冰川蓝").click();
        button("256GB").click();
        settle();
        for (String name : new String[] {"加入购物车", "立即购买"}) {
            BoundingBox bar = box(button(name));
            assertThat(bar.y).as(name + " is on screen").isGreaterThanOrEqualTo(0);
            assertThat(bar.y + bar.height).as(name + " is on screen").isLessThanOrEqualTo(HEIGHT);
        }
        assertThat(page.locator(".ks-chip-sold-out").first()).containsText("缺货");
        shot("product");
        // the README's phone picture: the screen as the shopper holds it, sticky bar included
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(
                        SHOTS.resolve("a_shopper_buys_now_at_phone_width_and_pays_in_the_sandbox-product-screen.png")));
        page.mouse().wheel(0, 600);
        BoundingBox buyNow = box(button("立即购买"));
        assertThat(buyNow.y + buyNow.height)
                .as("the buy bar stays at the bottom while the page scrolls")
                .isLessThanOrEqualTo(HEIGHT);

        button("立即购买").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("星耀 X20");
        Locator credit = dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("先用后付"));
        assertThat(credit).not().isChecked();
        assertThat(dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true)))
                .hasCount(0);
        shot("buy-now");
        Locator addressLabel = dialog.getByText("收货地址", new Locator.GetByTextOptions().setExact(true));
        assertThat(box(addressLabel).height).as("收货地址 stays on one line").isLessThan(30);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("支付宝"))
                .click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确认购买"))
                .click();
        page.waitForURL(url -> url.contains("/pay/"));
        settle();
        String deadline = deadline();
        assertThat(page.locator(".ks-pay-method")).containsText("支付宝");
        shot("pay");

        button("去支付").click();
        page.waitForURL(url -> url.contains("/sandbox-pay/"));
        settle();
        assertThat(deadline()).isEqualTo(deadline);
        BoundingBox card = box(page.locator(".ks-pay-card"));
        assertThat(card.x).as("the sandbox page keeps a margin").isGreaterThanOrEqualTo(12);
        assertThat(card.x + card.width).isLessThanOrEqualTo(WIDTH - 12);
        shot("sandbox-pay");
        button("确认支付").click();
        settle();
        button("返回商户").click();
        page.waitForURL(url -> url.matches(".*/orders(/.*)?$"));
        settle();
        assertThat(page.getByText("待发货").first()).isVisible();
        shot("order");

        page.navigate("/orders");
        settle();
        assertThat(page.locator(".ks-order-card").first()).containsText("冰川蓝");
        shot("orders");

        page.navigate("/account/addresses");
        settle();
        button("新增收货地址").first().click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        Locator recipient = form.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("收货人"));
        // a native required input (or aria-required) is what a screen reader announces as 必填
        assertThat((Boolean) recipient.evaluate("e => e.required || e.getAttribute('aria-required') === 'true'"))
                .as("收货人 is announced as required")
                .isTrue();
        assertThat(box(recipient).width)
                .as("the field is not squeezed beside its label")
                .isGreaterThan(200);
        shot("address-dialog");
    }

    private String deadline() {
        var matcher = java.util.regex.Pattern.compile("请在 (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) 前完成支付")
                .matcher(page.locator("body").innerText());
        assertThat(matcher.find()).as("a payment deadline on " + page.url()).isTrue();
        return matcher.group(1);
    }

    private static BoundingBox box(Locator locator) {
        locator.first().waitFor();
        return locator.first().boundingBox();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
