package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new shopper claims the platform's 满300减30 in the coupon centre and the shop's 满1000减50 on the product page, buys
 * the phone, sees both coupons chosen and the discount in the price summary before submitting, and pays the total shown.
 */
class CouponJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    OrderQueries orders;

    private Locator button(String name) {
        return page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }

    @Test
    void a_shopper_claims_coupons_and_checks_out_with_the_discount_shown_before_submitting() {
        String email = uniqueEmail("coupon-journey");
        accounts.registerShopper(new RegisterShopper(email, "券买家", PASSWORD, true, false));
        actAs(email);
        addresses.add(new AddressForm("陈券", "13900139000", "330000", "330100", "330106", "文三路 100 号", true));
        SecurityContextHolder.clearContext();

        signIn(email, PASSWORD);
        page.navigate("/coupons");
        settle();
        assertThat(page.getByText("领券中心").first()).isVisible();
        button("领取优惠券：平台满300减30").click();
        settle();
        // two per person: the button stays, the notice confirms
        assertThat(page.locator("vaadin-notification-card").first()).containsText("已领取优惠券「平台满300减30」");
        shot("coupon-centre");

        page.navigate("/search?q=" + java.net.URLEncoder.encode("星耀 X20", java.nio.charset.StandardCharsets.UTF_8));
        settle();
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        button("领取优惠券：店铺满1000减50").click();
        settle();
        assertThat(button("已领取：店铺满1000减50")).hasText("已领取");
        button("冰川蓝").click();
        button("256GB").click();
        settle();
        button("立即购买").click();
        page.waitForURL(url -> url.contains("/checkout"));
        settle();

        assertThat(page.locator(".ks-checkout-coupons")).containsText("平台满300减30（省 ¥30.00）");
        assertThat(page.locator(".ks-checkout-coupons")).containsText("店铺满1000减50（省 ¥50.00）");
        assertThat(page.locator(".ks-price-summary")).containsText("-¥80.00");
        shot("checkout-with-coupons");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("支付宝"))
                .click();
        button("提交订单").click();
        page.waitForURL(url -> url.contains("/pay/"));
        settle();

        actAs(email);
        List<OrderSummary> placed = orders.myOrders(OrderTab.ALL, 0, 5);
        var order = orders.myOrder(placed.getFirst().id());
        SecurityContextHolder.clearContext();
        org.assertj.core.api.Assertions.assertThat(placed).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(order.discountFen()).isEqualTo(8_000);
        org.assertj.core.api.Assertions.assertThat(order.totalFen())
                .isEqualTo(order.itemsFen() + order.shippingFen() - 8_000);
    }
}
