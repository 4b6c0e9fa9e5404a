package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** After a shopper's paid order, the merchant ships it with a tracking number and the shopper sees 待收货. */
class MerchantShipJourneyTest extends BrowserTest {

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderQueries orders;

    @Autowired
    AddressQueries addresses;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    SearchService search;

    @Test
    void the_merchant_ships_a_paid_order_and_the_shopper_sees_it_on_its_way() {
        var paid = paidOrderOfTheDemoShopper();
        String orderNo = paid.orderNo();

        signIn("merchant@ks.demo", "ks-demo-2026");
        page.getByText("订单发货").first().click();
        page.waitForURL(url -> url.contains("/merchant/orders"));
        settle();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("按订单号搜索"))
                .fill(orderNo);
        // the search field is lazy (it asks the server once typing pauses): let that round trip finish first
        page.waitForTimeout(800);
        settle();
        shot("queue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("为订单 " + orderNo + " 发货"))
                .click();
        settle();
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("快递公司"))
                .fill("顺丰速运");
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("运单号"))
                .fill("SF1234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认发货"))
                .click();
        settle();
        // the refusal names the carrier's format, next to the field
        assertThat(page.locator("[slot=error-message]")
                        .filter(new Locator.FilterOptions()
                                .setHasText("运单号格式与所选快递公司不符：顺丰单号为 SF 加 12 或 13 位数字，例如 SF123456789012")))
                .isVisible();
        shot("wrong-tracking");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("运单号"))
                .fill("SF" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认发货"))
                .click();
        settle();
        assertThat(page.getByText("已发货，买家可查看物流")).isVisible();
        page.navigate("/merchant/orders/" + paid.id() + "/packing-slip");
        settle();
        assertThat(page.getByText(orderNo).first()).isVisible();
        shot("packing-slip");

        newPage(1366, 900, "zh-CN");
        signIn("zhaolei@ks.demo", "ks-demo-2026");
        page.navigate("/orders?tab=TO_RECEIVE");
        settle();
        assertThat(page.locator(".ks-order-card").filter(new Locator.FilterOptions().setHasText(orderNo)))
                .containsText("待收货");
        shot("shopper-to-receive");
    }

    /** The demo shopper 赵磊 buys a phone and pays (through the services: this journey is the merchant's). */
    private record PaidOrder(java.util.UUID id, String orderNo) {}

    private PaidOrder paidOrderOfTheDemoShopper() {
        actAs("zhaolei@ks.demo");
        try {
            var phone = search.search(SearchQuery.of("星耀 X20")).hits().getFirst();
            var sku = catalog.product(phone.id()).orElseThrow().skus().stream()
                    .filter(s -> s.stock() > 0)
                    .findFirst()
                    .orElseThrow();
            var placed = ordering.place(new PlaceOrder(
                    UUID.randomUUID(),
                    CheckoutOrigin.BUY_NOW,
                    List.of(new PlaceOrder.Item(sku.id(), 1, sku.priceFen())),
                    addresses.myDefault().orElseThrow().id(),
                    DeliveryOption.STANDARD,
                    PaymentMethod.WECHAT_PAY));
            payments.checkoutPaid(
                    placed.checkoutId(), PaymentMethod.WECHAT_PAY, "E2E-" + placed.checkoutId(), placed.totalFen());
            var order = orders.myOrder(placed.orderIds().getFirst());
            return new PaidOrder(order.id(), order.orderNo());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
