package com.ks.platform.aftersales;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The partial-refund proposal and the escalation window on the merchant's and the shopper's case pages. */
class ProposalPagesTest extends AfterSalesTestSupport {

    @Autowired
    RefundProposals proposals;

    @Test
    void a_merchant_proposes_a_partial_refund_below_the_refundable_amount_from_the_case_page() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        signInAs(purchase.shop());
        navigate("merchant/after-sales/" + caseId);
        assertThat(pageText()).contains("部分退款");
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("退款金额")).getHelperText())
                .isEqualTo("须低于可退金额 ¥50.00");

        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("退款金额")), new BigDecimal("50.00"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("理由（买家可见）")), "外包装破损，补偿 20 元");
        _click(_get(Button.class, spec -> spec.withText("提议部分退款")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("退款金额")).getErrorMessage())
                .contains("低于可退金额");
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REQUESTED);

        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("退款金额")), new BigDecimal("20"));
        _click(_get(Button.class, spec -> spec.withText("提议部分退款")));

        assertThat(pageText()).contains("商家已提议部分退款", "商家提议部分退款 ¥20.00：外包装破损，补偿 20 元", "等待买家操作");
        _assertNone(Button.class, spec -> spec.withText("提议部分退款"));
    }

    @Test
    void a_shopper_reads_the_proposal_on_the_case_page_and_accepts_it() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> proposals.propose(caseId, 2_000, "外包装破损，补偿 20 元"));
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);
        assertThat(pageText()).contains("商家提议退款 ¥20.00", "理由：外包装破损，补偿 20 元", "剩余 2 天 23 小时");

        _click(_get(Button.class, spec -> spec.withText("接受")));

        assertThat(pageText()).doesNotContain("商家提议退款 ¥20.00");
        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(2_000);
    }

    @Test
    void a_shopper_who_declines_is_offered_the_platform_until_the_window_closes_and_afterwards_told_why_not() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> proposals.propose(caseId, 500, "只退 5 元"));
        signInAs(purchase.shopper());
        navigate("after-sales/" + caseId);

        _click(_get(Button.class, spec -> spec.withText("拒绝")));

        assertThat(pageText()).contains("已拒绝商家的部分退款方案", "前申请平台介入");
        _get(Button.class, spec -> spec.withText("申请平台介入"));

        deadlines.runDue(Instant.now().plus(Duration.ofDays(7).plusMinutes(1)));
        navigate("after-sales/" + caseId);

        assertThat(pageText()).contains("已关闭", "申请平台介入的期限已过");
        _assertNone(Button.class, spec -> spec.withText("申请平台介入"));
    }
}
