package com.ks.platform.payment;

import com.ks.platform.ordering.PaymentMethod;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Missed notifications: payments still pending a few minutes after their last change are asked about at their
 * provider and settled the same way a notification would (one node at a time, one transaction per payment).
 */
@Component
class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final PaymentSettlement settlement;
    private final PaymentSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentReconciliation(
            PaymentRepository payments,
            PaymentProviders providers,
            PaymentSettlement settlement,
            PaymentSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.payments = payments;
        this.providers = providers;
        this.settlement = settlement;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ks.payment.reconcile-interval:PT1M}",
            initialDelayString = "${ks.payment.reconcile-interval:PT1M}")
    @SchedulerLock(name = "payment-reconciliation", lockAtMostFor = "PT10M")
    void run() {
        int settled = reconcile(clock.instant().minus(settings.reconcileAfter()));
        if (settled > 0) {
            log.info("Payment reconciliation settled {} payment(s) whose notification was missed", settled);
        }
        int refunded = retryRefunds(clock.instant().minus(settings.reconcileInterval()));
        if (refunded > 0) {
            log.info("Payment reconciliation completed {} refund(s) a provider had refused before", refunded);
        }
    }

    /**
     * Payments kept REFUNDING because the provider refused or failed the refund of a capture no order could take
     * ({@link PaymentSettlement}): asked again, one transaction each, until the provider takes it. Never lost, never
     * twice (the refund's reference is the payment's).
     */
    int retryRefunds(Instant cutoff) {
        int refunded = 0;
        for (UUID id : payments.inStatusSince(PaymentStatus.REFUNDING, cutoff, BATCH)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(
                        tx -> settlement.retryCompensation(payments.lock(id).orElseThrow())))) {
                    refunded++;
                }
            } catch (RuntimeException failed) {
                log.warn("Refund of payment {} failed again: {}", id, failed.toString());
            }
        }
        return refunded;
    }

    /** Settles payments pending since before {@code cutoff}; answers how many changed. */
    int reconcile(Instant cutoff) {
        int settled = 0;
        for (UUID id : payments.pendingSince(cutoff, BATCH)) {
            try {
                if (reconcile(id)) {
                    settled++;
                }
            } catch (RuntimeException failed) {
                log.warn("Reconciliation of payment {} failed: {}", id, failed.toString());
            }
        }
        return settled;
    }

    /** Asks the provider about one pending payment now and settles it; true when it changed. */
    boolean reconcile(UUID paymentId) {
        return Boolean.TRUE.equals(transactions.execute(tx -> reconcileOne(paymentId)));
    }

    private boolean reconcileOne(UUID paymentId) {
        var payment = payments.lock(paymentId).orElseThrow();
        if (!PaymentStatus.PENDING.name().equals(payment.getStatus())) {
            return false;
        }
        PaymentProvider provider = providers.of(PaymentMethod.valueOf(payment.getMethod()));
        PaymentProvider.Notification statement = provider.query(payment.getProviderPaymentId());
        if (statement.outcome() == PaymentProvider.Outcome.PENDING
                && clock.instant().isAfter(payment.getExpiresAt())) {
            statement = new PaymentProvider.Notification(
                    statement.eventId(),
                    statement.providerPaymentId(),
                    statement.paymentId(),
                    statement.checkoutId(),
                    null,
                    PaymentProvider.Outcome.EXPIRED,
                    statement.amountFen(),
                    statement.currency());
        }
        if (statement.amountFen() != payment.getAmountFen() || !PaymentService.CURRENCY.equals(statement.currency())) {
            log.warn("Provider reports another amount for payment {}: left for a person to look at", paymentId);
            return false;
        }
        return settlement.apply(payment, statement, "reconciliation");
    }
}
