package com.ks.platform.payment;

import static com.ks.jooq.Tables.PAYMENT_NOTIFICATION;
import static com.ks.jooq.Tables.PAYMENT_PAYMENT;
import static com.ks.jooq.Tables.PAYMENT_REFUND;
import static com.ks.jooq.Tables.PAYMENT_TRANSITION;

import com.ks.jooq.tables.records.PaymentPaymentRecord;
import com.ks.jooq.tables.records.PaymentRefundRecord;
import com.ks.jooq.tables.records.PaymentTransitionRecord;
import com.ks.platform.shared.Ids;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

    private static final int MAX_RAW = 16_000;

    private final DSLContext db;
    private final Clock clock;

    PaymentRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    PaymentPaymentRecord create(PaymentPaymentRecord payment) {
        payment.attach(db.configuration());
        payment.insert();
        recordTransition(payment.getId(), null, PaymentStatus.valueOf(payment.getStatus()), "shopper", null);
        return payment;
    }

    Optional<PaymentPaymentRecord> find(UUID id) {
        return db.selectFrom(PAYMENT_PAYMENT).where(PAYMENT_PAYMENT.ID.eq(id)).fetchOptional();
    }

    /** The payment's row, locked until the transaction ends: notifications, reconciliation and refunds queue here. */
    Optional<PaymentPaymentRecord> lock(UUID id) {
        return db.selectFrom(PAYMENT_PAYMENT)
                .where(PAYMENT_PAYMENT.ID.eq(id))
                .forUpdate()
                .fetchOptional();
    }

    /** A still-open payment of the checkout with this method and amount, to send the shopper back to it. */
    Optional<PaymentPaymentRecord> openPayment(UUID checkoutId, String method, long amountFen, Instant now) {
        return db.selectFrom(PAYMENT_PAYMENT)
                .where(PAYMENT_PAYMENT.CHECKOUT_ID.eq(checkoutId))
                .and(PAYMENT_PAYMENT.METHOD.eq(method))
                .and(PAYMENT_PAYMENT.AMOUNT_FEN.eq(amountFen))
                .and(PAYMENT_PAYMENT.STATUS.eq(PaymentStatus.PENDING.name()))
                .and(PAYMENT_PAYMENT.EXPIRES_AT.gt(now.plusSeconds(60)))
                .orderBy(PAYMENT_PAYMENT.CREATED_AT.desc())
                .limit(1)
                .fetchOptional();
    }

    List<PaymentPaymentRecord> ofCheckout(UUID checkoutId) {
        return db.selectFrom(PAYMENT_PAYMENT)
                .where(PAYMENT_PAYMENT.CHECKOUT_ID.eq(checkoutId))
                .orderBy(PAYMENT_PAYMENT.CREATED_AT.desc())
                .fetch();
    }

    List<UUID> pendingSince(Instant cutoff, int limit) {
        return inStatusSince(PaymentStatus.PENDING, cutoff, limit);
    }

    /** Payments in {@code status} unchanged since before {@code cutoff}, the longest waiting first. */
    List<UUID> inStatusSince(PaymentStatus status, Instant cutoff, int limit) {
        return db.select(PAYMENT_PAYMENT.ID)
                .from(PAYMENT_PAYMENT)
                .where(PAYMENT_PAYMENT.STATUS.eq(status.name()))
                .and(PAYMENT_PAYMENT.UPDATED_AT.lt(cutoff))
                .orderBy(PAYMENT_PAYMENT.UPDATED_AT)
                .limit(limit)
                .fetch(PAYMENT_PAYMENT.ID);
    }

    /**
     * Moves a locked payment along the state machine and records who, when and why; false when the machine refuses
     * (a late or out-of-order event), and nothing changes.
     */
    boolean move(PaymentPaymentRecord payment, PaymentStatus to, String actor, String reason) {
        PaymentStatus from = PaymentStatus.valueOf(payment.getStatus());
        if (!from.canMoveTo(to)) {
            return false;
        }
        Instant now = clock.instant();
        int updated = db.update(PAYMENT_PAYMENT)
                .set(PAYMENT_PAYMENT.STATUS, to.name())
                .set(PAYMENT_PAYMENT.UPDATED_AT, now)
                .set(PAYMENT_PAYMENT.PROVIDER_TXN_ID, payment.getProviderTxnId())
                .set(PAYMENT_PAYMENT.REFUNDED_FEN, payment.getRefundedFen())
                .set(PAYMENT_PAYMENT.SUCCEEDED_AT, to == PaymentStatus.SUCCEEDED ? now : payment.getSucceededAt())
                .set(PAYMENT_PAYMENT.PROVIDER_PAYMENT_ID, payment.getProviderPaymentId())
                .set(PAYMENT_PAYMENT.HOSTED_PAGE_URL, payment.getHostedPageUrl())
                .where(PAYMENT_PAYMENT.ID.eq(payment.getId()))
                .and(PAYMENT_PAYMENT.STATUS.eq(from.name()))
                .execute();
        if (updated != 1) {
            return false;
        }
        payment.setStatus(to.name());
        payment.setUpdatedAt(now);
        if (to == PaymentStatus.SUCCEEDED) {
            payment.setSucceededAt(now);
        }
        recordTransition(payment.getId(), from, to, actor, reason);
        return true;
    }

    private void recordTransition(UUID paymentId, PaymentStatus from, PaymentStatus to, String actor, String reason) {
        db.insertInto(PAYMENT_TRANSITION)
                .set(PAYMENT_TRANSITION.ID, Ids.newId(clock))
                .set(PAYMENT_TRANSITION.PAYMENT_ID, paymentId)
                .set(PAYMENT_TRANSITION.FROM_STATUS, from == null ? null : from.name())
                .set(PAYMENT_TRANSITION.TO_STATUS, to.name())
                .set(PAYMENT_TRANSITION.ACTOR, actor)
                .set(
                        PAYMENT_TRANSITION.REASON,
                        reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200))
                .set(PAYMENT_TRANSITION.OCCURRED_AT, clock.instant())
                .execute();
    }

    List<PaymentTransitionRecord> transitions(UUID paymentId) {
        return db.selectFrom(PAYMENT_TRANSITION)
                .where(PAYMENT_TRANSITION.PAYMENT_ID.eq(paymentId))
                .orderBy(PAYMENT_TRANSITION.OCCURRED_AT, PAYMENT_TRANSITION.ID)
                .fetch();
    }

    Optional<PaymentRefundRecord> refund(String refundRef) {
        return db.selectFrom(PAYMENT_REFUND)
                .where(PAYMENT_REFUND.REFUND_REF.eq(refundRef))
                .fetchOptional();
    }

    long refundedForOrder(UUID paymentId, UUID orderId) {
        return db.select(DSL.coalesce(DSL.sum(PAYMENT_REFUND.AMOUNT_FEN), java.math.BigDecimal.ZERO))
                .from(PAYMENT_REFUND)
                .where(PAYMENT_REFUND.PAYMENT_ID.eq(paymentId))
                .and(PAYMENT_REFUND.ORDER_ID.eq(orderId))
                .fetchOne(0, Long.class);
    }

    void insertRefund(
            UUID paymentId, UUID orderId, String refundRef, long amountFen, String reason, String providerRefundId) {
        db.insertInto(PAYMENT_REFUND)
                .set(PAYMENT_REFUND.ID, Ids.newId(clock))
                .set(PAYMENT_REFUND.PAYMENT_ID, paymentId)
                .set(PAYMENT_REFUND.ORDER_ID, orderId)
                .set(PAYMENT_REFUND.REFUND_REF, refundRef)
                .set(PAYMENT_REFUND.AMOUNT_FEN, amountFen)
                .set(PAYMENT_REFUND.REASON, reason)
                .set(PAYMENT_REFUND.PROVIDER_REFUND_ID, providerRefundId)
                .set(PAYMENT_REFUND.CREATED_AT, clock.instant())
                .execute();
    }

    List<PaymentRefundRecord> refunds(UUID paymentId) {
        return db.selectFrom(PAYMENT_REFUND)
                .where(PAYMENT_REFUND.PAYMENT_ID.eq(paymentId))
                .orderBy(PAYMENT_REFUND.CREATED_AT)
                .fetch();
    }

    boolean eventAccepted(String provider, String eventId) {
        return db.fetchExists(
                PAYMENT_NOTIFICATION, PAYMENT_NOTIFICATION.ACCEPTED_EVENT_ID.eq(provider + ":" + eventId));
    }

    /** The notification as received (raw body, signature header) with the verdict; acted-on ones keep their event id. */
    void recordNotification(
            String provider,
            String signature,
            byte[] body,
            NotificationRefused.Verdict verdict,
            UUID paymentId,
            String eventId) {
        String raw = body == null ? null : new String(body, StandardCharsets.UTF_8);
        boolean actedOn =
                verdict == NotificationRefused.Verdict.ACCEPTED || verdict == NotificationRefused.Verdict.IGNORED;
        db.insertInto(PAYMENT_NOTIFICATION)
                .set(PAYMENT_NOTIFICATION.ID, Ids.newId(clock))
                .set(PAYMENT_NOTIFICATION.PROVIDER, provider.length() > 20 ? provider.substring(0, 20) : provider)
                .set(PAYMENT_NOTIFICATION.RECEIVED_AT, clock.instant())
                .set(PAYMENT_NOTIFICATION.SIGNATURE_HEADER, clip(signature, 300))
                .set(PAYMENT_NOTIFICATION.RAW_BODY, clip(raw, MAX_RAW))
                .set(PAYMENT_NOTIFICATION.VERDICT, verdict.name())
                .set(PAYMENT_NOTIFICATION.PAYMENT_ID, paymentId)
                .set(PAYMENT_NOTIFICATION.EVENT_ID, clip(eventId, 80))
                .set(
                        PAYMENT_NOTIFICATION.ACCEPTED_EVENT_ID,
                        actedOn && eventId != null ? clip(provider + ":" + eventId, 110) : null)
                .execute();
    }

    /** The verdicts of the notifications about a payment, oldest first. */
    List<String> notifications(UUID paymentId) {
        return db.select(PAYMENT_NOTIFICATION.VERDICT)
                .from(PAYMENT_NOTIFICATION)
                .where(PAYMENT_NOTIFICATION.PAYMENT_ID.eq(paymentId))
                .orderBy(PAYMENT_NOTIFICATION.RECEIVED_AT, PAYMENT_NOTIFICATION.ID)
                .fetch(PAYMENT_NOTIFICATION.VERDICT);
    }

    /** How many received notifications (refused ones included) carry this text in their raw body. */
    int notificationsMentioning(String text) {
        return db.fetchCount(PAYMENT_NOTIFICATION, PAYMENT_NOTIFICATION.RAW_BODY.contains(text));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
