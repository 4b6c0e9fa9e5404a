package com.ks.platform.payment;

import com.ks.platform.ordering.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/** One payment as its shopper (and the API) sees it. */
public record PaymentDetails(
        UUID id,
        UUID checkoutId,
        PaymentMethod method,
        long amountFen,
        String currency,
        PaymentStatus status,
        long refundedFen,
        String hostedPageUrl,
        Instant expiresAt,
        boolean sandbox) {}
