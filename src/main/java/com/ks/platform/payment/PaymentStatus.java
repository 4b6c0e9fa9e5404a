package com.ks.platform.payment;

import java.util.Map;
import java.util.Set;

/**
 * A payment's life; it only moves forward, so a late or repeated notification can never take it back. The one way out
 * of FAILED or EXPIRED is a late capture: the provider took the money after we gave up on it, and that money is then
 * settled (the checkout still owes it) or refunded (it does not) — never ignored.
 */
public enum PaymentStatus {
    CREATED,
    PENDING,
    SUCCEEDED,
    FAILED,
    EXPIRED,
    REFUNDING,
    PARTIALLY_REFUNDED,
    REFUNDED;

    private static final Map<PaymentStatus, Set<PaymentStatus>> NEXT = Map.of(
            CREATED, Set.of(PENDING, FAILED),
            PENDING, Set.of(SUCCEEDED, FAILED, EXPIRED),
            FAILED, Set.of(SUCCEEDED),
            EXPIRED, Set.of(SUCCEEDED),
            SUCCEEDED, Set.of(REFUNDING),
            REFUNDING, Set.of(REFUNDED, PARTIALLY_REFUNDED),
            PARTIALLY_REFUNDED, Set.of(REFUNDING));

    public boolean canMoveTo(PaymentStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Money was captured (and possibly partly given back). */
    public boolean captured() {
        return this == SUCCEEDED || this == REFUNDING || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }

    public String messageKey() {
        return "payment.status." + name();
    }
}
