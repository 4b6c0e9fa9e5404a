package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The refund outbox: the intent is recorded with the case's move and carried out after commit, keyed by the case, so a
 * failing provider leaves the case waiting for a retry and a re-delivered event never refunds twice. Also: a
 * shopper's withdrawal and the merchant's approval at the same moment — exactly one wins.
 */
class AfterSalesRefundTest extends AfterSalesTestSupport {

    @AfterEach
    void realProvider() {
        refunds.useRefunder(null);
    }

    @Test
    void a_failing_provider_leaves_the_case_refund_pending_and_a_retry_completes_it_once() throws Exception {
        Purchase purchase = paid(1, null);
        UUID caseId = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);
        CountDownLatch tried = new CountDownLatch(1);
        refunds.useRefunder((orderId, amount, reason, ref) -> {
            tried.countDown();
            throw new IllegalStateException("provider unavailable");
        });

        run(purchase.shop(), () -> service.approve(caseId, null));
        assertThat(tried.await(10, TimeUnit.SECONDS))
                .as("the refund was tried after commit")
                .isTrue();
        Thread.sleep(200);
        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REFUND_PENDING);
        assertThat(payments.refundedForOrder(purchase.orderId())).isZero();

        AtomicInteger calls = new AtomicInteger();
        refunds.useRefunder((orderId, amount, reason, ref) -> {
            calls.incrementAndGet();
            payments.refundOrder(orderId, amount, reason, ref);
        });
        assertThat(deadlines.retryRefunds(Instant.now().plus(Duration.ofHours(1))))
                .isPositive();
        // what the listener runs when the event publication registry re-delivers the event
        assertThat(refunds.complete(caseId)).isFalse();

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REFUNDED);
        assertThat(calls).as("the re-delivered event finds the case refunded").hasValue(1);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(5_000);
    }

    @Test
    void a_crash_after_the_provider_refunded_but_before_the_case_was_marked_refunds_nothing_twice() throws Exception {
        Purchase purchase = paid(1, null);
        UUID caseId = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);
        CountDownLatch tried = new CountDownLatch(1);
        // the provider refunds, then the node "crashes" before the case is marked
        refunds.useRefunder((orderId, amount, reason, ref) -> {
            payments.refundOrder(orderId, amount, reason, ref);
            tried.countDown();
            throw new IllegalStateException("crashed");
        });
        run(purchase.shop(), () -> service.approve(caseId, null));
        assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        refunds.useRefunder(null);

        // the event publication registry re-submits the incomplete event (twice, for good measure)
        assertThat(refunds.complete(caseId)).isTrue();
        assertThat(refunds.complete(caseId)).isFalse();

        assertThat(stateOf(purchase, caseId)).isEqualTo(CaseState.REFUNDED);
        assertThat(payments.refundedForOrder(purchase.orderId())).isEqualTo(5_000);
    }

    @Test
    void a_shoppers_withdrawal_and_the_merchants_approval_at_once_leave_exactly_one_winner() throws Exception {
        for (int round = 0; round < 3; round++) {
            Purchase purchase = paid(1, null);
            UUID caseId = apply(purchase, CaseReason.NOT_WANTED_BEFORE_SHIPMENT, 1);
            CountDownLatch start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            results.add(pool.submit(() -> attempt(start, purchase.shopper(), () -> service.withdraw(caseId))));
            results.add(pool.submit(() -> attempt(start, purchase.shop(), () -> service.approve(caseId, null))));
            start.countDown();
            boolean withdrawn = results.get(0).get(30, TimeUnit.SECONDS);
            boolean approved = results.get(1).get(30, TimeUnit.SECONDS);
            pool.shutdown();

            assertThat(withdrawn ^ approved).as("exactly one wins").isTrue();
            CaseDetails details = caseOf(purchase, caseId);
            if (withdrawn) {
                assertThat(details.state()).isEqualTo(CaseState.WITHDRAWN);
                assertThat(payments.refundedForOrder(purchase.orderId())).isZero();
            } else {
                awaitState(purchase, caseId, CaseState.REFUNDED);
            }
            assertThat(details.timeline())
                    .as("one answer on the timeline, nothing half-written")
                    .filteredOn(step -> step.state() == CaseState.WITHDRAWN || step.state() == CaseState.REFUND_PENDING)
                    .hasSize(1);
        }
    }

    private boolean attempt(CountDownLatch start, String email, Runnable action) throws InterruptedException {
        actAs(email);
        start.await();
        try {
            action.run();
            return true;
        } catch (RuntimeException refused) {
            return false;
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
