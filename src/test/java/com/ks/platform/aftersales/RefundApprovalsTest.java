package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 平台介入 refunds above an agent's limit (¥50 in tests) wait for a lead, who approves or turns them down. */
class RefundApprovalsTest extends AfterSalesTestSupport {

    static final String AGENT = PlatformDecisionsTest.AGENT;
    static final String LEAD = "lead@ks.demo";

    @Autowired
    PlatformDecisions decisions;

    @Autowired
    RefundApprovals approvals;

    UUID escalatedTwoUnits(Purchase purchase) {
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 2);
        run(purchase.shop(), () -> service.refuse(caseId, "商品已拆封使用"));
        run(purchase.shopper(), () -> service.askPlatform(caseId, "商品未拆封"));
        return caseId;
    }

    @Test
    void an_agent_refunding_above_their_limit_is_refused_naming_the_limit_and_nothing_is_refunded() {
        Purchase purchase = delivered(2);
        UUID caseId = escalatedTwoUnits(purchase);

        assertThatThrownBy(() -> run(AGENT, () -> decisions.refund(caseId, 10_000, "全额退款")))
                .isInstanceOfSatisfying(RuleViolated.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.aftersales.aboveAgentLimit");
                    assertThat(refused.arguments()).containsExactly("50.00");
                });
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
        run(AGENT, () -> decisions.refund(caseId, 5_000, "退一件"));
        assertThat(stateOf(purchase, caseId)).isNotEqualTo(CaseState.ESCALATED);
    }

    @Test
    void a_lead_approves_the_agents_refund_and_it_is_made_once() throws Exception {
        Purchase purchase = delivered(2);
        UUID caseId = escalatedTwoUnits(purchase);

        UUID approval = as(AGENT, () -> approvals.request(caseId, 10_000, "两件均未拆封，全额退款"));
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
        assertThat(as(AGENT, () -> approvals.pendingOfCase(caseId))).isPresent();
        assertThatThrownBy(() -> run(AGENT, () -> approvals.request(caseId, 9_000, "再提一次")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.aftersales.approvalPending"));
        assertThatThrownBy(() -> run(AGENT, () -> approvals.approve(approval)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(LEAD, () -> approvals.waiting()))
                .extracting(RefundApproval::id)
                .contains(approval);
        run(LEAD, () -> approvals.approve(approval));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(10_000);
        assertThat(as(LEAD, () -> approvals.waiting()))
                .extracting(RefundApproval::id)
                .doesNotContain(approval);
        assertThatThrownBy(() -> run(LEAD, () -> approvals.approve(approval)))
                .isInstanceOf(com.ks.platform.shared.NotFound.class);
    }

    @Test
    void a_lead_turns_a_request_down_and_the_case_still_waits_for_the_platform() {
        Purchase purchase = delivered(2);
        UUID caseId = escalatedTwoUnits(purchase);
        UUID approval = as(AGENT, () -> approvals.request(caseId, 10_000, "全额退款"));

        run(LEAD, () -> approvals.reject(approval, "只退一件，另一件已使用"));

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
        assertThat(as(AGENT, () -> approvals.pendingOfCase(caseId))).isEmpty();
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
    }

    @Test
    void a_request_within_the_agents_own_limit_is_not_sent_to_a_lead() {
        Purchase purchase = delivered(2);
        UUID caseId = escalatedTwoUnits(purchase);
        assertThatThrownBy(() -> run(AGENT, () -> approvals.request(caseId, 3_000, "部分退款")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.aftersales.approvalNotNeeded"));
    }
}
