package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 发货单: the merchant's own order as a printable page; anyone else's order is not found. */
class PackingSlipViewTest extends OrderingViewTestSupport {

    @Autowired
    OrderQueries orders;

    private String skuCode;

    private UUID paidOrder(String title, int quantity) {
        ProductDetails product = product(HOME_SHOP, title, 20, 4_900);
        skuCode = product.skus().getFirst().skuCode();
        actAs(newShopper(true));
        PlacedCheckout placed = placeAsCurrentShopper(product, quantity);
        pay(placed);
        return placed.orderIds().getFirst();
    }

    @Test
    void a_merchant_opens_the_packing_slip_of_its_order_and_sees_address_lines_sku_codes_and_total() {
        UUID order = paidOrder("发货单测试台灯", 3);
        actAs(HOME_SHOP);
        String orderNo = orders.merchantOrder(order).orderNo();
        signInAs(HOME_SHOP);

        navigate("merchant/orders/" + order + "/packing-slip");

        _assertOne(PackingSlipView.class);
        assertThat(pageText())
                .contains("发货单", orderNo, "张三", "13912345678", "文三路 100 号 2 幢 301 室")
                .contains("发货单测试台灯", "SKU 编码", skuCode, "合计件数", "待发");
        click("打印");
    }

    @Test
    void another_merchant_gets_not_found_for_an_order_that_is_not_its_own() {
        UUID order = paidOrder("别家发货单台灯", 1);
        signInAs(DIGITAL_SHOP);

        navigate("merchant/orders/" + order + "/packing-slip");

        _assertOne(NotFoundView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_order_details_dialog_leads_to_the_packing_slip() {
        UUID order = paidOrder("详情打印台灯", 1);
        actAs(HOME_SHOP);
        String orderNo = orders.merchantOrder(order).orderNo();
        signInAs(HOME_SHOP);
        navigate("merchant/orders");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按订单号搜索")), orderNo);
        GridKt._clickItem((Grid<OrderSummary>) _get(Grid.class), 0);

        click("打印发货单");

        assertThat(location()).isEqualTo("merchant/orders/" + order + "/packing-slip");
        assertThat(pageText()).contains(orderNo);
    }
}
