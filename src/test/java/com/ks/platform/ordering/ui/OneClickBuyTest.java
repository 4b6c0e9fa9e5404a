package com.ks.platform.ordering.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.PaymentMethod;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 立即购买: one dialog for a returning shopper, the checkout page for everyone else. */
class OneClickBuyTest extends OrderingViewTestSupport {

    @Autowired
    OrderQueries orders;

    @Test
    void a_returning_shopper_buys_with_one_confirmation() {
        ProductDetails earlier = product(HOME_SHOP, "上次买过的杯子", 20, 3_900);
        ProductDetails kettle = product(HOME_SHOP, "一键购买电水壶", 20, 19_900);
        String shopper = newShopper(true);
        actAs(shopper);
        pay(placeAsCurrentShopper(earlier, 1));
        signInAs(shopper);

        navigate("product/" + kettle.id());
        click("立即购买");

        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("ks-one-click"));
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("一键购买电水壶", "张三", "¥199.00");
        choosePayment(PaymentMethod.WECHAT_PAY);
        click("确认购买");

        assertThat(location()).startsWith("pay/");
        assertThat(orders.myOrders(OrderTab.TO_PAY, 0, 5))
                .singleElement()
                .satisfies(order -> assertThat(order.totalFen()).isEqualTo(19_900));
    }

    @Test
    void a_first_time_shopper_goes_to_the_checkout_page_with_just_that_item() {
        ProductDetails kettle = product(HOME_SHOP, "首次购买电水壶", 20, 19_900);
        signInAs(newShopper(true));

        navigate("product/" + kettle.id());
        click("立即购买");

        _assertNone(Dialog.class);
        assertThat(location()).isEqualTo("checkout");
        assertThat(pageText()).contains("首次购买电水壶", "提交订单");
    }

    @Test
    void the_buy_now_dialog_preselects_no_payment_method_not_even_credit_or_the_last_one_used() {
        ProductDetails earlier = product(HOME_SHOP, "先用后付买过的杯子", 20, 3_900);
        ProductDetails kettle = product(HOME_SHOP, "不预选电水壶", 20, 19_900);
        String shopper = newShopper(true);
        actAs(shopper);
        pay(placeAsCurrentShopper(earlier, 1));
        signInAs(shopper);

        navigate("product/" + kettle.id());
        click("立即购买");
        RadioButtonGroup<PaymentMethod> methods = choosePayment(null);

        assertThat(methods.getValue()).isNull();
        assertThat(methods.getValue()).isNotEqualTo(PaymentMethod.CREDIT);
        assertThat(methods.getListDataView().getItems()).contains(PaymentMethod.CREDIT);
        click("确认购买");
        assertThat(methods.isInvalid()).isTrue();
        assertThat(methods.getErrorMessage()).isEqualTo("请选择支付方式");
        assertThat(orders.countMine(OrderTab.ALL)).isEqualTo(1);
    }

    @Test
    void the_cashier_pays_with_the_method_chosen_in_the_dialog_without_asking_again() {
        ProductDetails earlier = product(HOME_SHOP, "收银台买过的杯子", 20, 3_900);
        ProductDetails kettle = product(HOME_SHOP, "收银台电水壶", 20, 19_900);
        String shopper = newShopper(true);
        actAs(shopper);
        pay(placeAsCurrentShopper(earlier, 1));
        signInAs(shopper);
        navigate("product/" + kettle.id());
        click("立即购买");
        choosePayment(PaymentMethod.WECHAT_PAY);

        click("确认购买");

        assertThat(location()).startsWith("pay/");
        assertThat(pageText()).contains("支付方式", "微信支付", "更换");
        assertThat(_find(RadioButtonGroup.class))
                .allSatisfy(group -> assertThat(group.isVisible())
                        .as("the methods are not offered a second time")
                        .isFalse());
        click("去支付");
        assertThat(location()).startsWith("sandbox-pay/");
        assertThat(pageText()).contains("微信支付");
    }
}
