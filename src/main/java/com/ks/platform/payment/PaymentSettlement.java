package com.ks.platform.payment;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.platform.credit.CreditCharges;
import com.ks.platform.ordering.OrderPayments;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.risk.RiskOutcome;
import com.ks.platform.shared.RuleViolated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a verified provider statement does to a locked payment, and how money goes back. Callers hold the payment's
 * row lock (notifications, reconciliation, refunds), so each step happens once: a success pays the checkout's orders
 * through {@link OrderPayments#checkoutPaid} and is refunded at once when the orders cannot take it.
 */
@Component
class PaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);
    /** The refund reference of a capture given back because no order could take it. */
    static final String COMPENSATION = "auto:";

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final OrderPayments orderPayments;
    private final Ledger ledger;
    private final Commissions commissions;
    private final CreditCharges credit;
    private final RiskControl risk;

    PaymentSettlement(
            PaymentRepository payments,
            PaymentProviders providers,
            OrderPayments orderPayments,
            Ledger ledger,
            Commissions commissions,
            CreditCharges credit,
            RiskControl risk) {
        this.payments = payments;
        this.providers = providers;
        this.orderPayments = orderPayments;
        this.ledger = ledger;
        this.commissions = commissions;
        this.credit = credit;
        this.risk = risk;
    }

    /** Applies the provider's outcome; false when the state machine refuses it (late, repeated, out of order). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(PaymentPaymentRecord payment, PaymentProvider.Notification statement, String actor) {
        boolean changed = switch (statement.outcome()) {
            case SUCCEEDED -> succeed(payment, statement.transactionId(), actor);
            case FAILED -> payments.move(payment, PaymentStatus.FAILED, actor, "provider declined");
            case EXPIRED -> payments.move(payment, PaymentStatus.EXPIRED, actor, "provider expired");
            case PENDING -> false;
        };
        if (changed) {
            risk.recordOutcome(
                    payment.getId(), RiskOutcome.valueOf(statement.outcome().name()));
        }
        return changed;
    }

    private boolean succeed(PaymentPaymentRecord payment, String transactionId, String actor) {
        payment.setProviderTxnId(transactionId);
        PaymentStatus before = PaymentStatus.valueOf(payment.getStatus());
        boolean late = before == PaymentStatus.FAILED || before == PaymentStatus.EXPIRED;
        if (!payments.move(
                payment,
                PaymentStatus.SUCCEEDED,
                actor,
                late ? "provider captured late (was " + before + ")" : "provider captured")) {
            return false;
        }
        if (late) {
            log.warn("Payment {} was captured after it was {}: settling or refunding it", payment.getId(), before);
        }
        long amount = payment.getAmountFen();
        if (payment.getCreditBillId() != null) {
            // a repayment of platform credit: the shopper's money pays off what their credit account owes
            ledger.record(
                    Ledger.Kind.CAPTURE,
                    payment.getId(),
                    null,
                    Ledger.transfer(
                            Ledger.shopper(payment.getAccountId()), Ledger.credit(payment.getAccountId()), amount));
            credit.repaid(payment.getCreditBillId(), payment.getAccountId(), payment.getId(), amount);
            return true;
        }
        ledger.record(
                Ledger.Kind.CAPTURE,
                payment.getId(),
                null,
                Ledger.transfer(Ledger.payer(payment), Ledger.PLATFORM, amount));
        String ref = payment.getId().toString();
        var outcome = orderPayments.checkoutPaid(
                payment.getCheckoutId(), PaymentMethod.valueOf(payment.getMethod()), ref, amount);
        switch (outcome) {
            case PAID, ALREADY_PAID -> {
                if (outcome == OrderPayments.Outcome.PAID) {
                    for (var order : orderPayments.paidBy(payment.getCheckoutId(), ref)) {
                        allocate(payment.getId(), order);
                    }
                }
            }
            case REFUND_REQUIRED, AMOUNT_MISMATCH -> {
                log.info("Payment {} arrived for orders that cannot take it ({}): refunding", payment.getId(), outcome);
                compensate(payment, outcome.name());
            }
        }
        return true;
    }

    /**
     * Gives back a capture no order can take. The capture is a fact at the provider, so it is recorded whatever the
     * refund's fate: when the provider refuses or fails the refund, the payment stays REFUNDING — committed with the
     * accepted notification — and {@link PaymentReconciliation} asks again until the provider takes it.
     */
    private void compensate(PaymentPaymentRecord payment, String reason) {
        String refundRef = COMPENSATION + payment.getId();
        if (!PaymentMethod.valueOf(payment.getMethod()).external()) {
            refund(payment, null, payment.getAmountFen(), refundRef, reason, "system");
            return;
        }
        payments.move(payment, PaymentStatus.REFUNDING, "system", reason);
        try {
            completeCompensation(payment, refundRef, reason);
        } catch (RuntimeException refused) {
            log.warn(
                    "Refund of payment {} ({}) failed at the provider: kept REFUNDING, retried by reconciliation: {}",
                    payment.getId(),
                    reason,
                    refused.toString());
        }
    }

    /** A compensation refund the provider refused before: asked again (same reference, so never paid out twice). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean retryCompensation(PaymentPaymentRecord payment) {
        if (!PaymentStatus.REFUNDING.name().equals(payment.getStatus())
                || payments.refund(COMPENSATION + payment.getId()).isPresent()) {
            return false;
        }
        completeCompensation(payment, COMPENSATION + payment.getId(), "retry");
        return true;
    }

    private void completeCompensation(PaymentPaymentRecord payment, String refundRef, String reason) {
        long amount = payment.getAmountFen() - payment.getRefundedFen();
        String providerRefundId = providers
                .of(PaymentMethod.valueOf(payment.getMethod()))
                .refund(payment.getProviderPaymentId(), refundRef, amount);
        payments.insertRefund(payment.getId(), null, refundRef, amount, reason, providerRefundId);
        payment.setRefundedFen(payment.getRefundedFen() + amount);
        payments.move(payment, PaymentStatus.REFUNDED, "system", reason);
        ledger.record(
                Ledger.Kind.REFUND,
                payment.getId(),
                null,
                Ledger.transfer(Ledger.PLATFORM, Ledger.payer(payment), amount));
    }

    /** The order's money to its merchant, and the platform's commission on it back from the merchant. */
    private void allocate(UUID paymentId, OrderPayments.PaidOrder order) {
        String merchant = Ledger.merchant(order.merchantId());
        ledger.record(
                Ledger.Kind.ALLOCATION,
                paymentId,
                order.orderId(),
                Ledger.transfer(Ledger.PLATFORM, merchant, order.totalFen()));
        long commission = commissions.of(order.lines());
        if (commission > 0) {
            ledger.record(
                    Ledger.Kind.COMMISSION,
                    paymentId,
                    order.orderId(),
                    Ledger.transfer(merchant, Ledger.PLATFORM, commission));
        }
    }

    /**
     * Gives back {@code amountFen} of a captured payment through its provider (at most what is left; for an order, at
     * most what that order was paid), idempotently on {@code refundRef}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refund(
            PaymentPaymentRecord payment, UUID orderId, long amountFen, String refundRef, String reason, String actor) {
        if (payments.refund(refundRef).isPresent()) {
            return;
        }
        PaymentStatus status = PaymentStatus.valueOf(payment.getStatus());
        if ((status != PaymentStatus.SUCCEEDED && status != PaymentStatus.PARTIALLY_REFUNDED)
                || payment.getCreditBillId() != null) {
            throw new RuleViolated("error.payment.notRefundable");
        }
        long left = payment.getAmountFen() - payment.getRefundedFen();
        Map<String, Long> entries = new LinkedHashMap<>();
        Map<String, Long> commissionBack = Map.of();
        if (orderId != null) {
            var allocation = ledger.allocationOf(orderId)
                    .filter(a -> a.paymentId().equals(payment.getId()))
                    .orElseThrow(() -> new RuleViolated("error.payment.orderNotPaidByThis"));
            long refundedBefore = payments.refundedForOrder(payment.getId(), orderId);
            left = Math.min(left, allocation.amountFen() - refundedBefore);
            long back = Commissions.reversal(
                    ledger.commissionCharged(orderId), allocation.amountFen(), refundedBefore, amountFen);
            if (back > 0) {
                commissionBack = Ledger.transfer(Ledger.PLATFORM, allocation.merchantAccount(), back);
            }
            entries = Ledger.transfer(allocation.merchantAccount(), Ledger.payer(payment), amountFen);
        } else {
            entries = Ledger.transfer(Ledger.PLATFORM, Ledger.payer(payment), amountFen);
        }
        if (amountFen <= 0 || amountFen > left) {
            throw new RuleViolated("error.payment.refundTooLarge", left);
        }
        payments.move(payment, PaymentStatus.REFUNDING, actor, reason);
        PaymentMethod method = PaymentMethod.valueOf(payment.getMethod());
        // a purchase on credit is refunded to the credit line it was charged to, not through a provider
        String providerRefundId = method.external()
                ? providers.of(method).refund(payment.getProviderPaymentId(), refundRef, amountFen)
                : credit.refund(payment.getId(), amountFen);
        payments.insertRefund(payment.getId(), orderId, refundRef, amountFen, reason, providerRefundId);
        payment.setRefundedFen(payment.getRefundedFen() + amountFen);
        boolean whole =
                payment.getRefundedFen().longValue() == payment.getAmountFen().longValue();
        payments.move(payment, whole ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED, actor, reason);
        ledger.record(Ledger.Kind.REFUND, payment.getId(), orderId, entries);
        if (!commissionBack.isEmpty()) {
            ledger.record(Ledger.Kind.COMMISSION, payment.getId(), orderId, commissionBack);
        }
    }

    /** What of one order this payment paid is still refundable (0 when none, or when the payment cannot refund). */
    long refundableForOrder(PaymentPaymentRecord payment, UUID orderId) {
        PaymentStatus status = PaymentStatus.valueOf(payment.getStatus());
        if (status != PaymentStatus.SUCCEEDED && status != PaymentStatus.PARTIALLY_REFUNDED) {
            return 0;
        }
        return ledger.allocationOf(orderId)
                .filter(a -> a.paymentId().equals(payment.getId()))
                .map(a -> Math.min(
                        payment.getAmountFen() - payment.getRefundedFen(),
                        a.amountFen() - payments.refundedForOrder(payment.getId(), orderId)))
                .orElse(0L);
    }

    /** The payment that paid an order (from its ledger allocation). */
    java.util.Optional<UUID> paymentOf(UUID orderId) {
        return ledger.allocationOf(orderId).map(Ledger.Allocation::paymentId);
    }
}
