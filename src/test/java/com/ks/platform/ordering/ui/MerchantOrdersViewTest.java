package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.PlacedCheckout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The merchant's order queue and ship dialog: only its own orders, tracking numbers checked per carrier. */
class MerchantOrdersViewTest extends OrderingViewTestSupport {

    @Autowired
    OrderQueries orders;

    private PlacedCheckout paidOrder(String title, int quantity) {
        ProductDetails product = product(HOME_SHOP, title, 20, 5_900);
        String shopper = newShopper(true);
        actAs(shopper);
        PlacedCheckout placed = placeAsCurrentShopper(product, quantity);
        pay(placed);
        return placed;
    }

    private String orderNo(PlacedCheckout placed) {
        actAs(HOME_SHOP);
        return orders.merchantOrder(placed.orderIds().getFirst()).orderNo();
    }

    @SuppressWarnings("unchecked")
    private void openShipDialogFor(String orderNo) {
        signInAs(HOME_SHOP);
        navigate("merchant/orders");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按订单号搜索")), orderNo);
        Grid<OrderSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(grid, 0, "action"));
    }

    @Test
    void a_merchant_finds_a_paid_order_by_number_and_ships_it() {
        PlacedCheckout placed = paidOrder("发货测试台灯", 1);
        String number = orderNo(placed);
        openShipDialogFor(number);

        @SuppressWarnings("unchecked")
        ComboBox<Carrier> carrier = _get(ComboBox.class, spec -> spec.withLabel("快递公司"));
        _setValue(carrier, Carrier.SF);
        _setValue(_get(TextField.class, spec -> spec.withLabel("运单号")), "SF 1234 5678 9012");
        click("确认发货");

        assertThat(orders.merchantOrder(placed.orderIds().getFirst()).status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(orders.merchantOrder(placed.orderIds().getFirst())
                        .shipments()
                        .getFirst()
                        .trackingNo())
                .isEqualTo("SF123456789012");
    }

    @Test
    void a_tracking_number_in_the_wrong_format_is_refused_at_the_field_with_the_carriers_format_and_nothing_ships() {
        PlacedCheckout placed = paidOrder("错误运单台灯", 1);
        openShipDialogFor(orderNo(placed));

        @SuppressWarnings("unchecked")
        ComboBox<Carrier> carrier = _get(ComboBox.class, spec -> spec.withLabel("快递公司"));
        _setValue(carrier, Carrier.JD);
        TextField tracking = _get(TextField.class, spec -> spec.withLabel("运单号"));
        _setValue(tracking, "SF123456789012");
        click("确认发货");

        assertThat(tracking.getHelperText()).isEqualTo("京东单号为 JD 加 13 位字母或数字，例如 JDVA12345678901");
        assertThat(tracking.isInvalid()).isTrue();
        assertThat(tracking.getErrorMessage()).isEqualTo("运单号格式与所选快递公司不符：京东单号为 JD 加 13 位字母或数字，例如 JDVA12345678901");
        assertThat(_get(Button.class, spec -> spec.withText("确认发货")).isEnabled())
                .as("the ship button, to try again")
                .isTrue();
        assertThat(tracking.getValue()).isEqualTo("SF123456789012");
        assertThat(orders.merchantOrder(placed.orderIds().getFirst()).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void a_partial_shipment_leaves_the_rest_to_ship() {
        PlacedCheckout placed = paidOrder("分批发货台灯", 3);
        openShipDialogFor(orderNo(placed));

        @SuppressWarnings("unchecked")
        ComboBox<Carrier> carrier = _get(ComboBox.class, spec -> spec.withLabel("快递公司"));
        _setValue(carrier, Carrier.YTO);
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("运单号")),
                "YT" + String.format("%013d", ThreadLocalRandom.current().nextLong(10_000_000_000_000L)));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("分批发货台灯")), 1);
        click("确认发货");

        var line = orders.merchantOrder(placed.orderIds().getFirst()).lines().getFirst();
        assertThat(line.shippedQuantity()).isEqualTo(1);
        assertThat(line.toShip()).isEqualTo(2);
    }

    @Test
    void another_merchants_orders_are_not_in_the_queue() {
        PlacedCheckout placed = paidOrder("别家订单台灯", 1);
        String number = orderNo(placed);
        signInAs(DIGITAL_SHOP);
        navigate("merchant/orders");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按订单号搜索")), number);

        @SuppressWarnings("unchecked")
        Grid<OrderSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void the_queue_tab_is_a_link_in_the_address_and_the_chosen_one_is_announced_as_the_current_page() {
        PlacedCheckout placed = paidOrder("标签页台灯", 1);
        String number = orderNo(placed);
        signInAs(HOME_SHOP);

        navigate("merchant/orders?tab=CANCELLED");
        assertThat(_get(RouterLink.class, spec -> spec.withAttribute("aria-current", "page"))
                        .getText())
                .isEqualTo("已取消");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按订单号搜索")), number);
        assertThat(GridKt._size(_get(Grid.class)))
                .as("a paid order is not cancelled")
                .isZero();

        navigate("merchant/orders");
        assertThat(_get(RouterLink.class, spec -> spec.withAttribute("aria-current", "page"))
                        .getText())
                .isEqualTo("待发货");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按订单号搜索")), number);
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
    }
}
