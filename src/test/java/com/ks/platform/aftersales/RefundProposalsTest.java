package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 部分退款: the merchant proposes less than the full refund; the shopper accepts (that amount is refunded) or declines
 * (then may ask the platform, within the escalation window); silence lapses into a decline, never into acceptance.
 */
class RefundProposalsTest extends AfterSalesTestSupport {

    static final String ADDRESS = "杭州市西湖区文三路 90 号 售后部";

    @Autowired
    RefundProposals proposals;

    @Autowired
    NotificationService notifications;

    @Autowired
    DSLContext db;

    @Test
    void a_shopper_accepts_a_partial_refund_on_a_request_keeps_the_goods_and_gets_that_amount_back() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);

        run(purchase.shop(), () -> proposals.propose(caseId, 1_500, "外包装轻微破损，补偿 15 元"));
        CaseDetails proposed = caseOf(purchase, caseId);
        assertThat(proposed.state()).isEqualTo(CaseState.PROPOSED);
        assertThat(proposed.nextActor()).isEqualTo(CaseDetails.Actor.SHOPPER);
        assertThat(proposed.deadlineAt())
                .isAfter(Instant.now().plus(Duration.ofDays(3).minusMinutes(5)));
        assertThat(proposed.proposal()).isEqualTo(new CaseDetails.Proposal(1_500, "外包装轻微破损，补偿 15 元"));
        assertThat(noticesOf(purchase.shopper())).extracting(Notice::messageKey).contains("notice.aftersales.PROPOSED");

        run(purchase.shopper(), () -> proposals.accept(caseId));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(1_500);
        assertThat(caseOf(purchase, caseId).returnAddress())
                .as("nothing is sent back")
                .isNull();
        assertThat(noticesOf(purchase.shop()))
                .extracting(Notice::messageKey)
                .contains("notice.aftersales.merchant.proposalAccepted");
    }

    @Test
    void a_proposal_must_be_more_than_nothing_and_less_than_the_refundable_amount_with_a_reason() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);

        for (long amount : new long[] {0, -1, 5_000, 5_001}) {
            assertThatThrownBy(() -> run(purchase.shop(), () -> proposals.propose(caseId, amount, "补偿")))
                    .as("%d fen", amount)
                    .isInstanceOfSatisfying(
                            RuleViolated.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry("amount", "error.aftersales.proposalAmount"));
        }
        assertThatThrownBy(() -> run(purchase.shop(), () -> proposals.propose(caseId, 1_000, " ")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("reason", "error.aftersales.proposalReasonRequired"));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REQUESTED);
        run(purchase.shop(), () -> proposals.propose(caseId, 4_999, "差一分"));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.PROPOSED);
    }

    @Test
    void only_the_cases_merchant_proposes_and_only_its_shopper_answers() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);

        assertThatThrownBy(() -> run(newShop(), () -> proposals.propose(caseId, 1_000, "补偿")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(purchase.shopper(), () -> proposals.propose(caseId, 1_000, "补偿")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(purchase.shopper(), () -> proposals.accept(caseId)))
                .as("nothing was proposed yet")
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.aftersales.noProposal"));
        run(purchase.shop(), () -> proposals.propose(caseId, 1_000, "补偿"));
        assertThatThrownBy(() -> run(newShopper(), () -> proposals.accept(caseId)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> run(purchase.shop(), () -> proposals.accept(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.PROPOSED);
    }

    @Test
    void a_returned_item_found_partly_damaged_is_settled_with_a_partial_refund_and_stays_out_of_stock()
            throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        int stock = stockOf(purchase.product());

        run(purchase.shop(), () -> proposals.propose(caseId, 3_000, "表壳有磕碰，扣除 20 元"));
        run(purchase.shopper(), () -> proposals.accept(caseId));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(3_000);
        assertThat(stockOf(purchase.product())).isEqualTo(stock);
    }

    @Test
    void a_returned_exchange_is_sent_back_not_settled_with_money() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.EXCHANGE_FAULTY, 1);
        run(purchase.shop(), () -> service.approve(caseId, ADDRESS));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));

        assertThatThrownBy(() -> run(purchase.shop(), () -> proposals.propose(caseId, 1_000, "补偿")))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.aftersales.illegalMove"));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void an_order_not_shipped_yet_is_refunded_in_full_never_by_a_proposal() {
        Purchase purchase = paid(1, null);
        UUID caseId = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);

        assertThatThrownBy(() -> run(purchase.shop(), () -> proposals.propose(caseId, 1_000, "补偿")))
                .isInstanceOf(RuleViolated.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void a_declined_proposal_may_be_escalated_and_the_merchant_is_told() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> proposals.propose(caseId, 500, "只退 5 元"));

        run(purchase.shopper(), () -> proposals.decline(caseId));
        CaseDetails declined = caseOf(purchase, caseId);
        assertThat(declined.state()).isEqualTo(CaseState.DECLINED);
        assertThat(declined.nextActor()).isEqualTo(CaseDetails.Actor.SHOPPER);
        assertThat(declined.deadlineAt())
                .as("the escalation window")
                .isAfter(Instant.now().plus(Duration.ofDays(6)));
        assertThat(noticesOf(purchase.shop()))
                .extracting(Notice::messageKey)
                .contains("notice.aftersales.merchant.proposalDeclined");

        run(purchase.shopper(), () -> service.askPlatform(caseId, "质量问题应全额退款"));

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
        assertThat(noticesOf(purchase.shop()))
                .filteredOn(n -> n.messageKey().equals("notice.aftersales.merchant.ESCALATED"))
                .extracting(Notice::link)
                .containsExactly(AfterSalesRoutes.merchantCase(caseId));
    }

    @Test
    void an_unanswered_proposal_lapses_into_a_decline_after_3_days_and_closes_when_the_window_passes() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> proposals.propose(caseId, 500, "只退 5 元"));

        deadlines.runDue(Instant.now().plus(Duration.ofDays(2)));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.PROPOSED);
        Instant lapse = Instant.now().plus(Duration.ofDays(3).plusMinutes(1));
        deadlines.runDue(lapse);

        CaseDetails lapsed = caseOf(purchase, caseId);
        assertThat(lapsed.state()).as("silence never accepts less money").isEqualTo(CaseState.DECLINED);
        assertThat(lapsed.timeline().getLast().ruleKey()).isEqualTo("PROPOSAL_LAPSED");
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
        assertThat(noticesOf(purchase.shopper()))
                .extracting(Notice::messageKey)
                .contains("notice.aftersales.rule.PROPOSAL_LAPSED");

        deadlines.runDue(lapse.plus(Duration.ofDays(7).plusMinutes(1)));

        CaseDetails closed = caseOf(purchase, caseId);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.timeline().getLast().ruleKey()).isEqualTo("ESCALATION_WINDOW_PASSED");
    }

    @Test
    void a_refused_case_may_be_escalated_only_within_7_days_then_it_closes_with_the_rule() {
        Purchase purchase = delivered(1);
        UUID late = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.refuse(late, "商品已拆封使用"));
        assertThat(caseOf(purchase, late).deadlineAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));

        // the job has not run yet: the window alone refuses the request
        db.update(AFTERSALES_CASE)
                .set(AFTERSALES_CASE.DEADLINE_AT, Instant.now().minusSeconds(1))
                .where(AFTERSALES_CASE.ID.eq(late))
                .execute();
        assertThatThrownBy(() -> run(purchase.shopper(), () -> service.askPlatform(late, "不同意")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.aftersales.escalationWindowPassed"));

        deadlines.runDue(Instant.now());
        CaseDetails closed = caseOf(purchase, late);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.timeline().getLast().ruleKey()).isEqualTo("ESCALATION_WINDOW_PASSED");
        assertThat(noticesOf(purchase.shopper()))
                .extracting(Notice::messageKey)
                .contains("notice.aftersales.rule.ESCALATION_WINDOW_PASSED");
    }

    private List<Notice> noticesOf(String email) {
        return as(email, () -> notifications.myNotices(0, 50));
    }
}
