package com.ks.platform.aftersales;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A case's life. REQUESTED → APPROVED (return) / REFUND_PENDING (refund only) / REFUSED; APPROVED → RETURN_SHIPPED →
 * RECEIVED → REFUND_PENDING (inspection passed) / ESCALATED (failed); REFUND_PENDING → REFUNDED. A refused case may be
 * escalated by its shopper (平台介入); an escalated case waits for a customer-service agent, who refunds it
 * (REFUND_PENDING) or upholds the merchant (CLOSED). The shopper may withdraw before the goods are on their way back;
 * an unshipped return closes at its deadline. Any other move is refused.
 */
public enum CaseState {
    REQUESTED,
    APPROVED,
    REFUSED,
    RETURN_SHIPPED,
    RECEIVED,
    /** Exchange or repair: the merchant sent the item back to the shopper. */
    RESHIPPED,
    /** Exchange or repair: the shopper has the item again. */
    COMPLETED,
    REFUND_PENDING,
    REFUNDED,
    ESCALATED,
    WITHDRAWN,
    CLOSED,
    /** 投诉成立: the platform found the complaint justified (a refund may follow: REFUND_PENDING). */
    COMPLAINT_UPHELD,
    /** 投诉不成立: the platform dismissed the complaint. */
    COMPLAINT_DISMISSED;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.of(
            REQUESTED, EnumSet.of(APPROVED, REFUND_PENDING, REFUSED, WITHDRAWN),
            REFUSED, EnumSet.of(ESCALATED),
            ESCALATED, EnumSet.of(REFUND_PENDING, CLOSED, COMPLAINT_UPHELD, COMPLAINT_DISMISSED),
            COMPLAINT_UPHELD, EnumSet.of(REFUND_PENDING),
            APPROVED, EnumSet.of(RETURN_SHIPPED, WITHDRAWN, CLOSED),
            RETURN_SHIPPED, EnumSet.of(RECEIVED, REFUND_PENDING),
            RECEIVED, EnumSet.of(REFUND_PENDING, RESHIPPED, ESCALATED),
            RESHIPPED, EnumSet.of(COMPLETED),
            REFUND_PENDING, EnumSet.of(REFUNDED));

    public boolean canMoveTo(CaseState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Still running (an escalated case waits for the platform): it holds its order line (one open case per line). */
    public boolean open() {
        return !EnumSet.of(REFUSED, REFUNDED, WITHDRAWN, CLOSED, COMPLETED, COMPLAINT_UPHELD, COMPLAINT_DISMISSED)
                .contains(this);
    }

    /** Its quantity counts against what the line may still claim. */
    public boolean claims() {
        return open() || this == REFUNDED;
    }

    public String messageKey() {
        return "aftersales.state." + name();
    }
}
