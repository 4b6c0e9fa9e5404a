package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.promotion.points.PointsService;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A shopper with campaign points checks in, opens the member centre (Chinese and English), and at checkout ticks the
 * points box: the points' share shows in the price summary before 提交订单 and the order is placed at that total.
 */
class MemberCentreJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    @Autowired
    AddressService addresses;

    @Autowired
    PointsService points;

    @Autowired
    OrderQueries orders;

    @Test
    void a_shopper_checks_in_sees_the_member_centre_and_pays_part_of_an_order_with_points() {
        String email = uniqueEmail("member-journey");
        accounts.registerShopper(new RegisterShopper(email, "积分买家", PASSWORD, true, false));
        actAs(email);
        addresses.add(new AddressForm("陈分", "13900139001", "330000", "330100", "330106", "文三路 101 号", true));
        actAs("admin@ks.demo");
        points.grantCampaign("新会员见面礼", 3_000, List.of(email));
        SecurityContextHolder.clearContext();

        signIn(email, PASSWORD);
        page.navigate("/account/points");
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到领 5 积分"))
                .click();
        settle();
        assertThat(page.locator(".ks-points-balance")).hasText("3,005");
        shot("member-centre-points");
        page.navigate("/account/membership");
        settle();
        assertThat(page.locator(".ks-member-tier")).hasText("普通会员");
        shot("member-centre");

        page.navigate("/search?q=" + java.net.URLEncoder.encode("星耀 X20", java.nio.charset.StandardCharsets.UTF_8));
        settle();
        page.getByText("星耀 X20 智能手机 5G 全网通").first().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("冰川蓝").setExact(true))
                .first()
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("256GB").setExact(true))
                .first()
                .click();
        settle();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("立即购买").setExact(true))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/checkout"));
        settle();
        page.locator(".ks-checkout-points vaadin-checkbox").click();
        settle();
        assertThat(page.locator(".ks-price-summary")).containsText("其中积分抵扣（3,005 积分）");
        shot("checkout-with-points");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("支付宝"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("提交订单").setExact(true))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/pay/"));
        settle();
        actAs(email);
        var placed = orders.myOrders(OrderTab.ALL, 0, 5);
        long balance = points.mine().balance();
        SecurityContextHolder.clearContext();
        org.assertj.core.api.Assertions.assertThat(placed).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(balance).isZero();

        // a fresh page, so the payment page's own requests are not cut off by leaving it
        newPage(1366, 900, "zh-CN");
        signIn(email, PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        // the switch reloads the page: wait for it to read in English before leaving it
        assertThat(page.getByText("New arrivals")).isVisible();
        settle();
        page.navigate("/account/membership");
        settle();
        assertThat(page.locator(".ks-member-tier")).hasText("Member");
        shot("member-centre-en");
    }
}
