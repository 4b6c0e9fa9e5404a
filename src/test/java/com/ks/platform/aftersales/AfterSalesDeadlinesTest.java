package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.merchant.ReturnAddresses;
import com.ks.platform.ordering.Carrier;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadline job, called with explicit times: each automatic step lands on the timeline with its rule. */
class AfterSalesDeadlinesTest extends AfterSalesTestSupport {

    @Autowired
    ReturnAddresses returnAddresses;

    @Test
    void a_request_the_merchant_leaves_unanswered_for_48_hours_is_approved_by_the_rule_with_the_shops_return_address() {
        Purchase purchase = delivered(1);
        run(purchase.shop(), () -> returnAddresses.setMine("杭州市滨江区网商路 1 号 退货仓"));
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);

        deadlines.runDue(Instant.now().plus(Duration.ofHours(47)));
        assertThat(stateOf(purchase, caseId)).as("the merchant still has time").isEqualTo(CaseState.REQUESTED);
        deadlines.runDue(Instant.now().plus(Duration.ofHours(49)));

        CaseDetails approved = caseOf(purchase, caseId);
        assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
        assertThat(approved.nextActor()).isEqualTo(CaseDetails.Actor.SHOPPER);
        assertThat(approved.returnAddress()).isEqualTo("杭州市滨江区网商路 1 号 退货仓");
        assertThat(approved.timeline().getLast())
                .extracting(CaseDetails.Step::actor, CaseDetails.Step::ruleKey)
                .containsExactly(CaseDetails.Actor.SYSTEM, "MERCHANT_SILENT");
    }

    @Test
    void an_approved_return_not_sent_back_within_7_days_is_closed_and_frees_the_line() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市 售后部"));

        deadlines.runDue(Instant.now().plus(Duration.ofDays(6)));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.APPROVED);
        deadlines.runDue(Instant.now().plus(Duration.ofDays(7).plusMinutes(1)));

        CaseDetails closed = caseOf(purchase, caseId);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.timeline().getLast().ruleKey()).isEqualTo("SHOPPER_DID_NOT_SHIP");
        assertThat(stateOf(purchase, apply(purchase, CaseReason.QUALITY_PROBLEM, 1)))
                .as("a closed case no longer holds the line")
                .isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void a_return_the_merchant_does_not_confirm_within_7_days_of_its_delivery_is_refunded() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市 售后部"));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));

        deadlines.runDue(Instant.now().plus(Duration.ofDays(9)));
        assertThat(stateOf(purchase, caseId)).as("3 days' transit + 7 days").isEqualTo(CaseState.RETURN_SHIPPED);
        deadlines.runDue(Instant.now().plus(Duration.ofDays(10).plusMinutes(1)));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(caseOf(purchase, caseId).timeline())
                .extracting(CaseDetails.Step::ruleKey)
                .contains("MERCHANT_DID_NOT_CONFIRM", "REFUND_COMPLETED");
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(5_000);
    }
}
