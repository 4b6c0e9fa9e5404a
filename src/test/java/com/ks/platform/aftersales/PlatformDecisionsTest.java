package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.Carrier;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 平台介入: a shopper escalates a refused case; a customer-service agent refunds it (in full or in part, through the
 * refund after commit) or upholds the merchant; nobody else decides, and only cases waiting for the platform.
 */
class PlatformDecisionsTest extends AfterSalesTestSupport {

    static final String AGENT = "agent@ks.demo";

    @Autowired
    PlatformDecisions decisions;

    @Autowired
    NotificationService notifications;

    UUID refused(Purchase purchase) {
        UUID caseId = apply(purchase, CaseReason.NO_REASON, 1);
        run(purchase.shop(), () -> service.refuse(caseId, "商品已拆封使用"));
        return caseId;
    }

    @Test
    void
            a_shopper_escalates_a_refused_case_and_it_waits_for_the_platform_with_their_reason_on_the_timeline_and_the_merchant_is_told() {
        Purchase purchase = delivered(1);
        UUID caseId = refused(purchase);

        assertThatThrownBy(() -> run(purchase.shopper(), () -> service.askPlatform(caseId, " ")))
                .isInstanceOf(RuleViolated.class);
        run(purchase.shopper(), () -> service.askPlatform(caseId, "商品未拆封，商家拒绝无理"));

        CaseDetails escalated = caseOf(purchase, caseId);
        assertThat(escalated.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(escalated.nextActor()).isEqualTo(CaseDetails.Actor.PLATFORM);
        assertThat(escalated.timeline().getLast().actor()).isEqualTo(CaseDetails.Actor.SHOPPER);
        assertThat(escalated.timeline().getLast().note()).isEqualTo("商品未拆封，商家拒绝无理");
        assertThat(as(AGENT, () -> queries.waitingForPlatform(0, 100)))
                .extracting(w -> w.detail().id())
                .contains(caseId);
        assertThat(noticesOf(purchase.shop()))
                .filteredOn(n -> n.messageKey().equals("notice.aftersales.merchant.ESCALATED"))
                .extracting(n -> n.link())
                .containsExactly(AfterSalesRoutes.merchantCase(caseId));
    }

    @Test
    void an_agent_refunds_part_of_an_escalated_case_once_and_both_parties_are_told() throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = refused(purchase);
        run(purchase.shopper(), () -> service.askPlatform(caseId, "商品未拆封"));

        run(AGENT, () -> decisions.refund(caseId, 2_000, "部分退款：包装破损"));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(2_000);
        CaseDetails decided = caseOf(purchase, caseId);
        assertThat(decided.refundFen()).isEqualTo(2_000);
        assertThat(decided.timeline()).anySatisfy(step -> {
            assertThat(step.state()).isEqualTo(CaseState.REFUND_PENDING);
            assertThat(step.actor()).isEqualTo(CaseDetails.Actor.PLATFORM);
            assertThat(step.note()).isEqualTo("部分退款：包装破损");
        });
        assertThat(noticesOf(purchase.shopper()))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.aftersales.platform.REFUND_PENDING"));
        assertThat(noticesOf(purchase.shop()))
                .anySatisfy(n -> assertThat(n.link()).isEqualTo(AfterSalesRoutes.merchantCase(caseId)));
        assertThatThrownBy(() -> run(AGENT, () -> decisions.refund(caseId, 1_000, "再退一次")))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.aftersales.notWaitingForPlatform");
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(2_000);
    }

    @Test
    void an_agent_upholds_the_merchant_after_a_failed_inspection_and_the_case_closes() {
        Purchase purchase = delivered(1);
        UUID caseId = apply(purchase, CaseReason.QUALITY_PROBLEM, 1);
        run(purchase.shop(), () -> service.approve(caseId, "杭州市西湖区文三路 90 号"));
        run(purchase.shopper(), () -> service.shipBack(caseId, Carrier.SF, trackingNo()));
        run(purchase.shop(), () -> service.confirmReceipt(caseId));
        run(purchase.shop(), () -> service.inspect(caseId, false, "屏幕有人为划痕"));

        run(AGENT, () -> decisions.uphold(caseId, "划痕为人为损坏，维持商家决定"));

        CaseDetails closed = caseOf(purchase, caseId);
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.timeline().getLast().actor()).isEqualTo(CaseDetails.Actor.PLATFORM);
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
    }

    @Test
    void neither_the_shopper_nor_the_merchant_can_decide_for_the_platform() {
        Purchase purchase = delivered(1);
        UUID caseId = refused(purchase);
        run(purchase.shopper(), () -> service.askPlatform(caseId, "不同意"));

        assertThatThrownBy(() -> run(purchase.shopper(), () -> decisions.refund(caseId, 5_000, "自己退")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(purchase.shop(), () -> decisions.uphold(caseId, "维持")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
    }

    @Test
    void a_case_not_waiting_for_the_platform_is_refused_and_so_is_more_than_the_refundable_amount() {
        Purchase purchase = delivered(1);
        UUID requested = apply(purchase, CaseReason.NO_REASON, 1);
        assertThatThrownBy(() -> run(AGENT, () -> decisions.uphold(requested, "维持")))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.aftersales.notWaitingForPlatform");
        run(purchase.shop(), () -> service.refuse(requested, "已拆封"));
        run(purchase.shopper(), () -> service.askPlatform(requested, "未拆封"));

        assertThatThrownBy(() -> run(AGENT, () -> decisions.refund(requested, 5_001, "全退")))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> run(AGENT, () -> decisions.refund(requested, 0, "零")))
                .isInstanceOf(RuleViolated.class);
        assertThat(stateOf(purchase, requested)).isEqualTo(CaseState.ESCALATED);
    }

    private List<Notice> noticesOf(String email) {
        return as(email, () -> notifications.myNotices(0, 50));
    }
}
