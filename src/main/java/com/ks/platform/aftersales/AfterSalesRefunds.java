package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.payment.PaymentService;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out a recorded refund intent after the case's transaction committed, through payment's provider refund
 * (credit purchases go back to the credit line there, commission back in proportion). The event publication registry
 * re-submits it after a crash, and the deadline job retries cases left in REFUND_PENDING; both are safe because the
 * refund is keyed by the case ({@code aftersales:<case id>}) and a case is marked REFUNDED only once. The refund that
 * completes the order's whole price announces {@link OrderRefundedInFull} in the same transaction, so exactly once.
 */
@Component
class AfterSalesRefunds {

    private static final Logger log = LoggerFactory.getLogger(AfterSalesRefunds.class);

    /** The provider call, replaceable in tests of this package to make it fail. */
    interface Refunder {
        void refund(UUID orderId, long amountFen, String reason, String refundRef);
    }

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final PaymentService payments;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Refunder refunder;

    AfterSalesRefunds(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            PaymentService payments,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.payments = payments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.refunder = payments::refundOrder;
    }

    @ApplicationModuleListener
    void on(AfterSalesRefundRequested requested) {
        complete(requested.caseId());
    }

    /** Refunds the case if it still waits for its refund; true when it is refunded now. */
    boolean complete(UUID caseId) {
        var pending =
                cases.find(caseId).filter(c -> CaseState.REFUND_PENDING.name().equals(c.getState()));
        if (pending.isEmpty()) {
            return false;
        }
        var c = pending.get();
        if (c.getRefundFen() > 0 && payments.paidThroughPayments(c.getOrderId())) {
            refunder.refund(c.getOrderId(), c.getRefundFen(), "AFTER_SALES", c.getRefundRef());
        } else {
            // paid by the development shortcut (or nothing to give back): no payment of ours to refund
            log.info("After-sales case {}: no provider payment to refund for order {}", caseId, c.getOrderId());
        }
        return Boolean.TRUE.equals(transactions.execute(tx -> cases.lock(caseId)
                .filter(locked -> CaseState.REFUND_PENDING.name().equals(locked.getState()))
                .map(locked -> {
                    lifecycle.move(locked, CaseState.REFUNDED, By.system("REFUND_COMPLETED"), null, clock.instant());
                    announceIfWhollyRefunded(locked);
                    return true;
                })
                .orElse(false)));
    }

    /** Cases opened before the order's price was kept on the case (null) cannot tell, and announce nothing. */
    private void announceIfWhollyRefunded(AftersalesCaseRecord refunded) {
        Long paid = refunded.getOrderPaidFen();
        if (paid != null && paid > 0 && cases.refundedOnOrder(refunded.getOrderId()) >= paid) {
            events.publishEvent(new OrderRefundedInFull(refunded.getOrderId(), refunded.getAccountId()));
        }
    }

    void useRefunder(Refunder replacement) {
        this.refunder = replacement == null ? payments::refundOrder : replacement;
    }
}
