package com.ks.platform.credit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.payment.PaymentTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The credit page, the credit option of the cashier with its schedule, and compliance's list, as people see them. */
class CreditPagesTest extends PaymentTestSupport {

    @Autowired
    OrderQueries orderQueries;

    @SuppressWarnings("unchecked")
    @Test
    void a_new_shopper_sees_no_credit_yet_with_the_reason_and_the_factors() {
        signInAs(newShopper());
        navigate("account/credit");

        assertThat(pageText()).contains("先用后付", "暂无额度", "您还没有已付款的订单", "个人信息保护法");
        Grid<CreditFactor> factors = _get(Grid.class);
        assertThat(GridKt._fetch(factors, 0, 10))
                .extracting(CreditFactor::code)
                .containsExactly(CreditFactor.Code.values());
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_cashier_shows_the_installment_schedule_before_the_shopper_confirms_and_the_plan_is_in_the_account() {
        String shopper = shopperWithHistory();
        PlacedCheckout placed = place(shopper, product("页面 分期 沙发", 60_000), 1);
        signInAs(shopper);
        navigate("pay/" + placed.checkoutId());
        // the checkout's own method is shown first; 更换 offers 先用后付 among the others
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("更换")));

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("支付方式")), PaymentMethod.CREDIT);
        assertThat(pageText()).contains("先用后付可用额度 ¥1,000.00", "满 ¥300.00 可分期");
        RadioButtonGroup<InstallmentSchedule> choices = _get(RadioButtonGroup.class, spec -> spec.withLabel("还款方式"));
        InstallmentSchedule six = choices.getListDataView()
                .getItems()
                .filter(p -> p.periods() == 6)
                .findFirst()
                .orElseThrow();
        _setValue(choices, six);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("credit-pay-schedule"))))
                .isEqualTo(6);
        assertThat(pageText()).contains("合计应还 ¥627.00", "手续费 ¥27.00", "4.5%");

        _click(_get(Button.class, spec -> spec.withId("credit-pay-confirm")));

        var orderId = placed.orderIds().getFirst();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("orders/" + orderId);
        assertThat(orderQueries.myOrder(orderId).status()).isEqualTo(OrderStatus.PAID);
        navigate("account/credit");
        assertThat(pageText()).contains("可用额度", "¥373.00", "先用后付与分期");
        Grid<CreditPurchase> plans = _get(Grid.class, spec -> spec.withId("credit-plans"));
        assertThat(GridKt._fetch(plans, 0, 10))
                .singleElement()
                .satisfies(p -> assertThat(p.schedule()).hasSize(6));
    }

    @Test
    void compliance_lists_assessments_with_their_factors() {
        String shopper = shopperWithHistory();
        signInAs(shopper);
        navigate("account/credit");
        signInAs("compliance@ks.demo");
        navigate("compliance/credit");

        assertThat(pageText()).contains("自动化额度评估", "个人信息保护法");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("credit-assessments"))))
                .isPositive();
    }
}
