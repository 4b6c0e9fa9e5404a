package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The shopper's main journey: search → product → spec → cart → checkout (signing in on the way, the address already
 * there) → pay in the sandbox → the order is paid in 我的订单. In Chinese on a laptop, in English, and at phone width.
 */
class CheckoutJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";

    @Test
    void a_visitor_finds_a_phone_checks_out_and_pays() {
        buy(Labels.CHINESE, "zhaolei@ks.demo", true);
    }

    @Test
    void the_same_journey_in_english() {
        buy(Labels.ENGLISH, "wangfang@ks.demo", false);
    }

    @Test
    void the_same_journey_at_phone_width() {
        newPage(375, 812, "zh-CN");
        buy(Labels.CHINESE, "zhaolei@ks.demo", false);
    }

    private void buy(Labels text, String shopper, boolean checkAccessibility) {
        page.navigate("/");
        settle();
        if (text == Labels.ENGLISH) {
            button("Switch to English").click();
            settle();
        }
        Locator search = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(text.search))
                .first();
        search.fill(text.query);
        search.press("Enter");
        page.waitForURL(url -> url.contains("/search"));
        settle();
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        button("冰川蓝").click();
        button("256GB").click();
        settle();
        button(text.addToCart).click();
        settle();
        page.navigate("/cart");
        settle();
        button(text.checkOut).click();
        page.waitForURL(url -> url.contains("/login"));
        settle();
        Locator form = page.locator("vaadin-login-form");
        form.getByLabel(text.email).fill(shopper);
        form.getByLabel(text.password, new Locator.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text.signIn))
                .click();
        page.waitForURL(url -> url.contains("/checkout"));
        settle();
        assertThat(page.getByText("星耀 X20 智能手机 5G 全网通").first()).isVisible();
        assertThat(page.locator(".ks-checkout-address-who")).isVisible();
        assertThat(page.getByText(text.total).first()).isVisible();
        shot("checkout");
        if (checkAccessibility) {
            Accessibility.assertNoSeriousViolations(page, "checkout");
        }
        // nothing is preselected: the shopper picks the method once, here, and the cashier keeps it
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(text.alipay))
                .click();
        button(text.submit).click();
        page.waitForURL(url -> url.contains("/pay/"));
        settle();
        shot("pay");
        // the checkout's method is kept: Alipay's sandbox shows a QR page with an approve button
        button(text.pay).click();
        page.waitForURL(url -> url.contains("/sandbox-pay/"));
        settle();
        shot("sandbox-pay");
        button(text.approve).click();
        settle();
        button(text.back).click();
        // the cashier waits for the sandbox's notification, then opens the order
        page.waitForURL(url -> url.matches(".*/orders(/.*)?$"));
        settle();
        assertThat(page.getByText(text.toShip).first()).isVisible();
        shot("order");
        if (checkAccessibility) {
            Accessibility.assertNoSeriousViolations(page, "order detail");
        }
        page.navigate("/orders?tab=TO_SHIP");
        settle();
        assertThat(page.locator(".ks-order-card").first()).containsText("星耀 X20");
        shot("orders");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private enum Labels {
        CHINESE("搜索商品", "手机", "加入购物车", "结算", "邮箱", "密码", "登录", "应付总额", "提交订单", "去支付", "确认支付", "返回商户", "待发货", "支付宝"),
        ENGLISH(
                "Search products",
                "phone",
                "Add to cart",
                "Check out",
                "E-mail",
                "Password",
                "Sign in",
                "Total to pay",
                "Submit order",
                "Pay now",
                "Approve payment",
                "Back to the shop",
                "To ship",
                "Alipay");

        final String search;
        final String query;
        final String addToCart;
        final String checkOut;
        final String email;
        final String password;
        final String signIn;
        final String total;
        final String submit;
        final String pay;
        final String approve;
        final String back;
        final String toShip;
        final String alipay;

        Labels(
                String search,
                String query,
                String addToCart,
                String checkOut,
                String email,
                String password,
                String signIn,
                String total,
                String submit,
                String pay,
                String approve,
                String back,
                String toShip,
                String alipay) {
            this.search = search;
            this.query = query;
            this.addToCart = addToCart;
            this.checkOut = checkOut;
            this.email = email;
            this.password = password;
            this.signIn = signIn;
            this.total = total;
            this.submit = submit;
            this.pay = pay;
            this.approve = approve;
            this.back = back;
            this.toShip = toShip;
            this.alipay = alipay;
        }
    }
}
