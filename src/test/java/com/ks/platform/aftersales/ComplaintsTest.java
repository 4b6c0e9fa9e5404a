package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.catalog.ReturnPolicy;
import com.ks.platform.notification.Notice;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 投诉: a complaint about the merchant on any paid order, bound to no return period, one open per order; it goes
 * straight to the platform, the merchant is told and may answer; an agent upholds it (optionally with a refund up to
 * what the order may still give back) or dismisses it; the outcome is counted per merchant.
 */
class ComplaintsTest extends AfterSalesTestSupport {

    static final String AGENT = PlatformDecisionsTest.AGENT;

    @Autowired
    Complaints complaints;

    @Autowired
    PlatformDecisions decisions;

    @Autowired
    CaseConversation conversation;

    @Autowired
    NotificationService notifications;

    @Autowired
    DSLContext db;

    @Test
    void a_shopper_complains_long_after_every_period_and_the_complaint_goes_straight_to_the_platform() {
        Purchase purchase = delivered(1);
        TestDeliveries.deliveredAgo(db, purchase.orderId(), Duration.ofDays(400));
        assertThatThrownBy(() -> apply(purchase, CaseReason.REPAIR_FAULTY, 1))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("aftersales.refused.qualityPeriodOver");

        UUID caseId = complain(purchase, CaseReason.COMPLAINT_ATTITUDE, "客服辱骂买家");

        CaseDetails complaint = caseOf(purchase, caseId);
        assertThat(complaint.type()).isEqualTo(CaseType.COMPLAINT);
        assertThat(complaint.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(complaint.nextActor()).isEqualTo(Actor.PLATFORM);
        assertThat(complaint.timeline()).singleElement().satisfies(step -> {
            assertThat(step.state()).isEqualTo(CaseState.ESCALATED);
            assertThat(step.note()).isEqualTo("客服辱骂买家");
        });
        assertThat(as(AGENT, () -> queries.waitingForPlatform(0, 100)))
                .extracting(w -> w.detail().id())
                .contains(caseId);
        assertThat(as(purchase.shop(), () -> queries.merchantCases(CaseType.COMPLAINT, null, 0, 10)))
                .extracting(CaseSummary::id)
                .containsExactly(caseId);
        assertThat(noticesOf(purchase.shop())).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notice.aftersales.merchant.complaint");
            assertThat(n.link()).isEqualTo(AfterSalesRoutes.merchantCase(caseId));
        });
    }

    @Test
    void one_open_complaint_per_order_with_a_description_and_it_does_not_hold_the_line_for_a_return() {
        Purchase purchase = delivered(1);
        assertThatThrownBy(() -> complain(purchase, CaseReason.COMPLAINT_OTHER, "  "))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).fieldErrors().get("description"))
                .isEqualTo("error.aftersales.complaintDescriptionRequired");

        complain(purchase, CaseReason.COMPLAINT_SLOW_SHIPPING, "下单十天才发货");
        assertThatThrownBy(() -> complain(purchase, CaseReason.COMPLAINT_ATTITUDE, "再投诉一次"))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.aftersales.openComplaintExists");

        UUID returnCase = apply(purchase, CaseReason.NO_REASON, 1);
        assertThat(stateOf(purchase, returnCase)).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void two_complaints_about_one_order_at_once_open_exactly_one() throws Exception {
        Purchase purchase = delivered(1);
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (CaseReason reason : List.of(CaseReason.COMPLAINT_ATTITUDE, CaseReason.COMPLAINT_OTHER)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    complain(purchase, reason, "同时投诉");
                    return true;
                } catch (RuleViolated refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int opened = 0;
        for (Future<Boolean> result : results) {
            opened += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(opened).isEqualTo(1);
        assertThat(as(purchase.shopper(), () -> queries.myCases(0, 10))).hasSize(1);
    }

    @Test
    void a_complaint_is_possible_on_any_paid_order_but_not_on_an_unpaid_one_or_another_shoppers() {
        Purchase paid = paid(1, null);
        assertThat(stateOf(paid, complain(paid, CaseReason.COMPLAINT_SLOW_SHIPPING, "迟迟不发货")))
                .isEqualTo(CaseState.ESCALATED);
        var unpaid = Eligibility.check(
                CaseReason.COMPLAINT_OTHER,
                OrderStatus.PENDING_PAYMENT,
                null,
                ReturnPolicy.of(true, null),
                new Eligibility.Periods(Duration.ZERO, Duration.ZERO, Duration.ZERO),
                Instant.now());
        assertThat(unpaid.refusalKey()).isEqualTo("aftersales.refused.notPaid");

        Purchase other = delivered(1);
        String stranger = newShopper();
        assertThatThrownBy(() -> as(
                        stranger,
                        () -> service.apply(new ApplyCase(other.orderId(), null, CaseReason.COMPLAINT_OTHER, "冒充", 0))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_merchant_answers_in_the_conversation_and_an_agent_upholds_the_complaint_with_a_partial_refund()
            throws Exception {
        Purchase purchase = delivered(1);
        UUID caseId = complain(purchase, CaseReason.COMPLAINT_NOT_AS_DESCRIBED, "颜色与图片不符");
        run(purchase.shop(), () -> conversation.write(caseId, Actor.MERCHANT, "图片为实拍，存在色差", List.of()));
        run(AGENT, () -> conversation.write(caseId, Actor.PLATFORM, "请买家上传实物照片", List.of()));

        assertThatThrownBy(() -> run(AGENT, () -> complaints.uphold(caseId, 1_000_000, "超过订单金额")))
                .isInstanceOf(RuleViolated.class);
        run(AGENT, () -> complaints.uphold(caseId, 1_500, "商品描述不实，退还部分货款"));

        awaitState(purchase, caseId, CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(1_500);
        assertThat(caseOf(purchase, caseId).timeline())
                .extracting(CaseDetails.Step::state)
                .containsSubsequence(CaseState.ESCALATED, CaseState.COMPLAINT_UPHELD, CaseState.REFUND_PENDING);
        assertThat(noticesOf(purchase.shopper()))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.aftersales.platform.COMPLAINT_UPHELD"));
        assertThat(noticesOf(purchase.shop()))
                .anySatisfy(n ->
                        assertThat(n.messageKey()).isEqualTo("notice.aftersales.merchant.platform.COMPLAINT_UPHELD"));
        assertThat(complaints.complaintsAgainst(
                        merchantOf(purchase), Instant.now().minusSeconds(3600)))
                .isEqualTo(new ComplaintCounts(1, 1));
        assertThatThrownBy(() -> run(AGENT, () -> complaints.dismiss(caseId, "再判一次")))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void a_dismissed_complaint_is_counted_without_being_upheld_and_the_order_may_be_complained_about_again() {
        Purchase purchase = delivered(1);
        UUID caseId = complain(purchase, CaseReason.COMPLAINT_FALSE_ADVERTISING, "宣传为正品");

        run(AGENT, () -> complaints.dismiss(caseId, "商家已提供正品授权"));

        CaseDetails dismissed = caseOf(purchase, caseId);
        assertThat(dismissed.state()).isEqualTo(CaseState.COMPLAINT_DISMISSED);
        assertThat(dismissed.timeline().getLast().note()).isEqualTo("商家已提供正品授权");
        assertThat(noticesOf(purchase.shopper()))
                .anySatisfy(
                        n -> assertThat(n.messageKey()).isEqualTo("notice.aftersales.platform.COMPLAINT_DISMISSED"));
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
        assertThat(complaints.complaintsAgainst(
                        merchantOf(purchase), Instant.now().minusSeconds(3600)))
                .isEqualTo(new ComplaintCounts(1, 0));
        assertThat(stateOf(purchase, complain(purchase, CaseReason.COMPLAINT_OTHER, "仍有问题")))
                .isEqualTo(CaseState.ESCALATED);
    }

    @Test
    void only_an_agent_decides_a_complaint_and_only_as_a_complaint() {
        Purchase purchase = delivered(1);
        UUID caseId = complain(purchase, CaseReason.COMPLAINT_ATTITUDE, "态度恶劣");

        assertThatThrownBy(() -> run(purchase.shopper(), () -> complaints.uphold(caseId, 0, "自己判")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(purchase.shop(), () -> complaints.dismiss(caseId, "不成立")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(AGENT, () -> decisions.uphold(caseId, "维持商家")))
                .isInstanceOf(RuleViolated.class)
                .extracting(e -> ((RuleViolated) e).messageKey())
                .isEqualTo("error.aftersales.complaintDecision");
        UUID ordinary = apply(purchase, CaseReason.NO_REASON, 1);
        assertThatThrownBy(() -> run(AGENT, () -> complaints.dismiss(ordinary, "不是投诉")))
                .isInstanceOf(NotFound.class);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.ESCALATED);
    }

    private UUID complain(Purchase purchase, CaseReason reason, String description) {
        return as(
                purchase.shopper(),
                () -> service.apply(
                        new ApplyCase(purchase.orderId(), purchase.line().id(), reason, description, 0)));
    }

    private UUID merchantOf(Purchase purchase) {
        return as(purchase.shopper(), () -> orders.myOrder(purchase.orderId()).merchantId());
    }

    private List<Notice> noticesOf(String email) {
        return as(email, () -> notifications.myNotices(0, 50));
    }
}
