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
 *
 * <p>Partial refund (部分退款): on a REQUESTED case, or a RECEIVED return whose goods came back partly damaged, the
 * merchant may propose a smaller refund instead (PROPOSED). The shopper accepts it (REFUND_PENDING, that amount; goods
 * not yet sent stay with the shopper) or declines it (DECLINED); an unanswered proposal lapses into DECLINED at its
 * deadline, so silence never takes less money on the shopper's behalf. A REFUSED or DECLINED case may be escalated
 * only within the escalation window; afterwards it closes by itself (CLOSED).
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
    /** The merchant proposed a partial refund; the shopper accepts or declines it. */
    PROPOSED,
    /** The shopper declined the merchant's proposal (or let it lapse): they may still ask the platform to step in. */
    DECLINED,
    /** 投诉成立: the platform found the complaint justified (a refund may follow: REFUND_PENDING). */
    COMPLAINT_UPHELD,
    /** 投诉不成立: the platform dismissed the complaint. */
    COMPLAINT_DISMISSED;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.ofEntries(
            Map.entry(REQUESTED, EnumSet.of(APPROVED, REFUND_PENDING, REFUSED, WITHDRAWN, PROPOSED)),
            Map.entry(REFUSED, EnumSet.of(ESCALATED, CLOSED)),
            Map.entry(PROPOSED, EnumSet.of(REFUND_PENDING, DECLINED)),
            Map.entry(DECLINED, EnumSet.of(ESCALATED, CLOSED)),
            Map.entry(ESCALATED, EnumSet.of(REFUND_PENDING, CLOSED, COMPLAINT_UPHELD, COMPLAINT_DISMISSED)),
            Map.entry(COMPLAINT_UPHELD, EnumSet.of(REFUND_PENDING)),
            Map.entry(APPROVED, EnumSet.of(RETURN_SHIPPED, WITHDRAWN, CLOSED)),
            Map.entry(RETURN_SHIPPED, EnumSet.of(RECEIVED, REFUND_PENDING)),
            Map.entry(RECEIVED, EnumSet.of(REFUND_PENDING, RESHIPPED, ESCALATED, PROPOSED)),
            Map.entry(RESHIPPED, EnumSet.of(COMPLETED)),
            Map.entry(REFUND_PENDING, EnumSet.of(REFUNDED)));

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

    /** The shopper may ask the platform to step in (平台介入), within the escalation window. */
    public boolean escalable() {
        return this == REFUSED || this == DECLINED;
    }

    public String messageKey() {
        return "aftersales.state." + name();
    }
}
