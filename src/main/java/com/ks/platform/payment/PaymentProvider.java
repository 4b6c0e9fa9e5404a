package com.ks.platform.payment;

import com.ks.platform.ordering.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment network (WeChat Pay, Alipay, UnionPay, a card acquirer, PayPal). The built-in implementations are
 * sandboxes; a real provider implements this interface as a bean with its keys from the environment and replaces the
 * sandbox of its method.
 */
public interface PaymentProvider {

    /** The path segment of its notifications ({@code /api/v1/payments/notify/{id}}) and the stored provider name. */
    String id();

    PaymentMethod method();

    /** True for the built-in sandboxes: no money moves, and the pages say so. */
    boolean sandbox();

    /** Opens a payment at the provider: where the shopper goes to pay (a hosted page) and the provider's id for it. */
    Opened open(NewCharge charge);

    /**
     * Checks the signature, age and shape of a notification and reads it; refuses with {@link NotificationRefused}.
     */
    Notification verify(String signatureHeader, byte[] body, Instant now);

    /** What the provider knows about a payment now (for reconciliation of a missed notification). */
    Notification query(String providerPaymentId);

    /** Gives back part or all of a captured payment; returns the provider's refund id. Idempotent on refundRef. */
    String refund(String providerPaymentId, String refundRef, long amountFen);

    record NewCharge(UUID paymentId, UUID checkoutId, long amountFen, String currency, Instant expiresAt) {}

    record Opened(String providerPaymentId, String hostedPageUrl) {}

    enum Outcome {
        PENDING,
        SUCCEEDED,
        FAILED,
        EXPIRED
    }

    /** A provider's statement about one payment (from a notification or a query). */
    record Notification(
            String eventId,
            String providerPaymentId,
            UUID paymentId,
            UUID checkoutId,
            String transactionId,
            Outcome outcome,
            long amountFen,
            String currency) {}
}
