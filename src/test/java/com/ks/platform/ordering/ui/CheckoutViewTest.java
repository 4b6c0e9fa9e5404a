package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.cart.CartQueries;
import com.ks.platform.cart.CartService;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.PaymentMethod;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 确认订单 as a shopper sees it: nothing to type for a returning shopper, every cost shown, prices re-checked. */
class CheckoutViewTest extends OrderingViewTestSupport {

    @Autowired
    CartService cart;

    @Autowired
    CartQueries cartQueries;

    @Autowired
    OrderQueries orders;

    @Test
    void a_returning_shopper_submits_a_two_shop_cart_without_typing_anything() {
        ProductDetails phone = product(DIGITAL_SHOP, "结算页手机", 20, 120_000);
        ProductDetails towel = product(HOME_SHOP, "结算页毛巾", 20, 2_500);
        String shopper = newShopper(true);
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 1);
        cart.add(towel.skus().getFirst().id(), 2);
        signInAs(shopper);

        navigate("checkout");

        String text = pageText();
        assertThat(text).contains("张三", "13912345678", "浙江省", "文三路 100 号");
        assertThat(text).contains("数码优选旗舰店", "悦居家居生活馆", "结算页手机", "结算页毛巾");
        // E-Commerce Law art. 17: every cost before the last click (these test products ship free)
        assertThat(text).contains("商品金额", "¥1,250.00", "运费：包邮", "优惠", "应付总额");

        choosePayment(PaymentMethod.WECHAT_PAY);
        click("提交订单");

        assertThat(location()).startsWith("pay/");
        assertThat(orders.countMine(OrderTab.TO_PAY)).isEqualTo(2);
        assertThat(cartQueries.myCart().isEmpty())
                .as("ordered lines leave the cart")
                .isTrue();
        assertThat(catalog.stockOf(towel.skus().getFirst().id())).isEqualTo(18);
    }

    @Test
    void express_delivery_shows_its_fee_before_submitting() {
        ProductDetails phone = product(DIGITAL_SHOP, "次日达手机", 20, 120_000);
        String shopper = newShopper(true);
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 1);
        signInAs(shopper);
        navigate("checkout");

        var delivery =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withLabel("配送方式"));
        @SuppressWarnings("unchecked")
        var options = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<com.ks.platform.ordering.DeliveryOption>)
                delivery;
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                options, com.ks.platform.ordering.DeliveryOption.EXPRESS);

        assertThat(pageText()).contains("¥20.00", "¥1,220.00");
    }

    @Test
    void a_price_changed_after_the_page_was_drawn_is_reported_and_nothing_is_placed() {
        ProductDetails kettle = product(HOME_SHOP, "变价电水壶", 20, 19_900);
        String shopper = newShopper(true);
        actAs(shopper);
        cart.add(kettle.skus().getFirst().id(), 1);
        signInAs(shopper);
        navigate("checkout");
        catalog.setPrice(kettle.skus().getFirst().id(), 25_900);
        choosePayment(PaymentMethod.ALIPAY);

        click("提交订单");

        assertThat(location()).isEqualTo("checkout");
        assertThat(orders.countMine(OrderTab.ALL)).isZero();
        assertThat(pageText()).contains("价格刚刚由 ¥199.00 变为 ¥259.00", "¥259.00");

        click("提交订单");

        assertThat(location()).startsWith("pay/");
        assertThat(orders.myOrders(OrderTab.ALL, 0, 1).getFirst().totalFen()).isEqualTo(25_900);
    }

    @Test
    void a_shopper_without_an_address_is_asked_for_one_and_cannot_submit_yet() {
        ProductDetails towel = product(HOME_SHOP, "无地址毛巾", 20, 2_500);
        String shopper = newShopper(false);
        actAs(shopper);
        cart.add(towel.skus().getFirst().id(), 1);
        signInAs(shopper);

        navigate("checkout");

        assertThat(pageText()).contains("请先填写收货地址");
        assertThat(_get(Button.class, spec -> spec.withText("提交订单")).isEnabled())
                .isFalse();
    }

    @Test
    void an_empty_selection_leads_back_to_the_cart() {
        signInAs(newShopper(true));

        navigate("checkout");

        assertThat(pageText()).contains("没有要结算的商品");
    }

    @Test
    void buy_now_checks_out_only_that_item_and_leaves_the_cart_alone() {
        ProductDetails phone = product(DIGITAL_SHOP, "立即购买手机", 20, 99_900);
        ProductDetails towel = product(HOME_SHOP, "留在购物车的毛巾", 20, 2_500);
        String shopper = newShopper(true);
        actAs(shopper);
        cart.add(towel.skus().getFirst().id(), 1);
        signInAs(shopper);

        navigate("checkout?sku=" + phone.skus().getFirst().id() + "&qty=2");
        assertThat(pageText()).contains("立即购买手机").doesNotContain("留在购物车的毛巾");
        choosePayment(PaymentMethod.ALIPAY);
        click("提交订单");

        var placed = orders.myOrders(OrderTab.TO_PAY, 0, 5);
        assertThat(placed).hasSize(1);
        assertThat(placed.getFirst().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(cartQueries.myCart().lineCount()).isEqualTo(1);
    }

    @Test
    void no_payment_method_is_preselected_and_submitting_without_one_says_so_beside_the_methods() {
        ProductDetails towel = product(HOME_SHOP, "未选支付方式毛巾", 20, 2_500);
        String shopper = newShopper(true);
        actAs(shopper);
        cart.add(towel.skus().getFirst().id(), 1);
        signInAs(shopper);
        navigate("checkout");

        var methods = choosePayment(null);
        assertThat(methods.getValue())
                .as("先用后付 or any other method is never chosen for the shopper")
                .isNull();
        assertThat(methods.isRequiredIndicatorVisible()).isTrue();
        click("提交订单");

        assertThat(location()).isEqualTo("checkout");
        assertThat(methods.isInvalid()).isTrue();
        assertThat(methods.getErrorMessage()).isEqualTo("请选择支付方式");
        assertThat(orders.countMine(OrderTab.ALL)).isZero();
        assertThat(_get(Button.class, spec -> spec.withText("提交订单")).isEnabled())
                .isTrue();
    }
}
