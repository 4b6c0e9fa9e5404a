package com.ks.platform.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.risk.PaymentAttempt;
import com.ks.platform.risk.RiskAlertStatus;
import com.ks.platform.risk.RiskAlertSummary;
import com.ks.platform.risk.RiskAlerts;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskDecision;
import com.ks.platform.risk.RiskOutcome;
import com.ks.platform.risk.RiskReason;
import com.ks.platform.shared.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A challenged payment as the shopper meets it (password dialog, API problem), and the officer's alert queue. */
class RiskChallengeTest extends PaymentTestSupport {

    /** ¥10,000: a large order for an account younger than three days (ks.risk.new-account-*). */
    private static final long LARGE = 1_000_000;

    @Autowired
    RiskAlerts alerts;

    @Autowired
    RiskControl risk;

    private PlacedCheckout onCashier(String shopper, String title) {
        return onCashier(shopper, title, LARGE, PaymentMethod.ALIPAY);
    }

    @Test
    void a_challenged_payment_asks_for_the_password_refuses_a_wrong_one_and_goes_on_with_the_right_one() {
        String shopper = newShopper();
        PlacedCheckout placed = onCashier(shopper, "风控验证相机");

        click("去支付");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("登录密码"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("安全验证");
        _setValue(password, "not my password");
        click("确认并支付");

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码不正确，请重新输入。");
        assertThat(location()).startsWith("pay/");
        assertThat(repository.ofCheckout(placed.checkoutId())).isEmpty();

        _setValue(password, PaymentRiskTest.PASSWORD);
        click("确认并支付");

        assertThat(location()).startsWith("sandbox-pay/");
        assertThat(repository.ofCheckout(placed.checkoutId()))
                .singleElement()
                .satisfies(p -> assertThat(p.getStatus()).isEqualTo("PENDING"));
    }

    @Test
    void a_blocked_payment_says_so_and_opens_no_dialog_and_no_payment() {
        String shopper = newShopper();
        failThreeTimes(shopper);
        PlacedCheckout placed = onCashier(shopper, "风控拦截相机");

        click("去支付");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(location()).startsWith("pay/");
        assertThat(repository.ofCheckout(placed.checkoutId())).isEmpty();
    }

    @Test
    void the_compliance_console_lists_alerts_with_translated_reasons_and_an_officer_closes_one_with_a_note() {
        String shopper = newShopper();
        onCashier(shopper, "风控预警相机");
        click("去支付");

        signInAs(PaymentRiskTest.OFFICER);
        navigate("compliance/risk-alerts");
        @SuppressWarnings("unchecked")
        Grid<RiskAlertSummary> grid = _get(Grid.class);
        var first = grid.getLazyDataView().getItems().findFirst().orElseThrow();
        assertThat(first.decision()).isEqualTo(RiskDecision.CHALLENGE);
        assertThat(first.reasons()).containsExactly(RiskReason.NEW_ACCOUNT_LARGE_ORDER);
        assertThat(first.maskedShopper()).endsWith("@test.ks").contains("***");

        _click((Button) GridKt._getCellComponent(grid, 0, "handle"));
        click("关闭预警");
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        _setValue(_get(TextArea.class), "已电话核实为本人购买");
        click("关闭预警");

        var closed = grid.getLazyDataView()
                .getItems()
                .filter(a -> a.id().equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertThat(closed.status()).isEqualTo(RiskAlertStatus.CLOSED);
        assertThat(closed.note()).isEqualTo("已电话核实为本人购买");
    }

    /** Three failed payments of the shopper's: one more rule firing now blocks. */
    private void failThreeTimes(String shopper) {
        UUID accountId = as(shopper, CurrentActor::requireAccountId);
        for (int i = 0; i < 3; i++) {
            UUID payment = UUID.randomUUID();
            as(
                    shopper,
                    () -> risk.assess(
                            new PaymentAttempt(accountId, UUID.randomUUID(), payment, 12_900, "ALIPAY", null)));
            risk.recordOutcome(payment, RiskOutcome.FAILED);
        }
    }

    @Test
    void the_api_answers_a_challenge_with_428_and_a_block_with_403_as_problems_and_opens_no_payment() throws Exception {
        ApiShopper api = apiShopper();
        String shopper = api.email();
        PlacedCheckout large = place(shopper, product("接口风控相机", LARGE), 1);

        String start = "{\"checkoutId\":\"" + large.checkoutId() + "\",\"method\":\"ALIPAY\"}";

        HttpResponse<String> challenged = postPayment(api, start);

        assertThat(challenged.statusCode()).isEqualTo(428);
        assertThat(challenged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(challenged.body())
                .contains(
                        "urn:ks:problem:error.risk.challenge", "\"decision\":\"CHALLENGE\"", "NEW_ACCOUNT_LARGE_ORDER");

        failThreeTimes(shopper);
        HttpResponse<String> blocked = postPayment(api, start);

        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("urn:ks:problem:error.risk.blocked", "\"decision\":\"BLOCK\"");
        assertThat(repository.ofCheckout(large.checkoutId())).isEmpty();
    }
}
