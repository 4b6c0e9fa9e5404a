package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 收银台, 我的订单 and 订单详情 as the shopper sees them. */
class OrderPagesTest extends OrderingViewTestSupport {

    @Autowired
    OrderQueries orders;

    @Test
    void paying_in_the_sandbox_marks_the_checkout_paid_and_the_order_shows_to_ship() throws Exception {
        ProductDetails lamp = product(HOME_SHOP, "沙箱支付台灯", 20, 15_900);
        String shopper = newShopper(true);
        actAs(shopper);
        var placed = placeAsCurrentShopper(lamp, 1);
        signInAs(shopper);

        navigate("pay/" + placed.checkoutId());
        assertThat(pageText()).contains("收银台", "¥159.00", "沙箱");
        click("去支付");
        assertThat(location()).startsWith("sandbox-pay/");
        assertThat(pageText()).contains("支付沙箱", "¥159.00", "不会产生真实扣款");
        click("确认支付");
        awaitStatus(placed.orderIds().getFirst(), OrderStatus.PAID);
        click("返回商户");

        assertThat(location()).isEqualTo("orders/" + placed.orderIds().getFirst());
        assertThat(pageText()).contains("待发货", "付款成功", "沙箱支付台灯", "¥159.00");
    }

    /** The sandbox notifies over HTTP, asynchronously: wait for it as the shopper's page would. */
    private void awaitStatus(java.util.UUID orderId, OrderStatus expected) throws InterruptedException {
        for (int i = 0; i < 100 && orders.myOrder(orderId).status() != expected; i++) {
            Thread.sleep(100);
        }
        assertThat(orders.myOrder(orderId).status()).isEqualTo(expected);
    }

    @Test
    void tabs_count_and_list_the_orders_in_each_state() {
        ProductDetails cup = product(HOME_SHOP, "标签页杯子", 20, 3_900);
        String shopper = newShopper(true);
        actAs(shopper);
        placeAsCurrentShopper(cup, 1);
        pay(placeAsCurrentShopper(cup, 2));
        signInAs(shopper);

        navigate("orders");
        assertThat(pageText()).contains("待付款 1", "待发货 1");

        navigate("orders?tab=TO_PAY");
        // the tabs are links: the chosen one is announced as the current page
        assertThat(_get(RouterLink.class, spec -> spec.withAttribute("aria-current", "page"))
                        .getText())
                .isEqualTo("待付款 1");
        assertThat(_find(OrderCard.class)).hasSize(1);
    }

    @Test
    void the_detail_page_cancels_with_a_reason_and_gives_the_stock_back() {
        ProductDetails cup = product(HOME_SHOP, "取消订单杯子", 20, 3_900);
        var placed = openNewOrder(cup, 3);
        assertThat(pageText()).contains("待付款", "提交订单", "取消订单杯子", "张三");

        click("取消订单");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CancelReason> reason = _get(RadioButtonGroup.class, spec -> spec.withLabel("取消原因"));
        _setValue(reason, CancelReason.WRONG_ITEM);
        click("确认取消");

        assertThat(orders.myOrder(placed.orderIds().getFirst()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(pageText()).contains("已取消", "商品选错了");
        assertThat(catalog.stockOf(cup.skus().getFirst().id())).isEqualTo(20);
    }

    @Test
    void cancelling_without_a_reason_is_asked_again_and_changes_nothing() {
        var placed = openNewOrder(product(HOME_SHOP, "无原因杯子", 20, 3_900), 1);

        click("取消订单");
        click("确认取消");

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("取消原因")).isInvalid())
                .isTrue();
        assertThat(orders.myOrder(placed.orderIds().getFirst()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void another_shoppers_order_and_checkout_are_not_found() {
        ProductDetails cup = product(HOME_SHOP, "别人的杯子", 20, 3_900);
        String owner = newShopper(true);
        actAs(owner);
        var placed = placeAsCurrentShopper(cup, 1);
        signInAs(newShopper(true));

        navigate("orders/" + placed.orderIds().getFirst());
        _assertOne(NotFoundView.class);
        navigate("pay/" + placed.checkoutId());
        _assertOne(NotFoundView.class);
    }

    @Test
    void buy_again_puts_the_items_back_in_the_cart() {
        openNewOrder(product(HOME_SHOP, "再次购买杯子", 20, 3_900), 2);

        _click(_get(Button.class, spec -> spec.withText("再次购买")));

        assertThat(location()).isEqualTo("cart");
        assertThat(pageText()).contains("再次购买杯子");
    }

    /** A new shopper orders the product, signs in and opens the order's detail page. */
    private PlacedCheckout openNewOrder(ProductDetails product, int quantity) {
        String shopper = newShopper(true);
        actAs(shopper);
        PlacedCheckout placed = placeAsCurrentShopper(product, quantity);
        signInAs(shopper);
        navigate("orders/" + placed.orderIds().getFirst());
        return placed;
    }
}
