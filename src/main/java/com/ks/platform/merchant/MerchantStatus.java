package com.ks.platform.merchant;

import java.util.EnumSet;
import java.util.Set;

/**
 * The qualification state machine. Review: draft → submitted → under review (⇄ needs more information) → active
 * (approved) / rejected. Once approved: active → warned → restricted / suspended → terminated, and re-verification
 * due when a qualification document expires (E-Commerce Law art. 27).
 */
public enum MerchantStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    NEEDS_INFO,
    REJECTED,
    ACTIVE,
    WARNED,
    RESTRICTED,
    SUSPENDED,
    REVERIFICATION_DUE,
    TERMINATED;

    private static final Set<MerchantStatus> WAITING_FOR_REVIEW =
            EnumSet.of(SUBMITTED, UNDER_REVIEW, REVERIFICATION_DUE);

    public Set<MerchantStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, ACTIVE, REJECTED, NEEDS_INFO);
            case UNDER_REVIEW -> EnumSet.of(ACTIVE, REJECTED, NEEDS_INFO);
            case NEEDS_INFO, REJECTED -> EnumSet.of(SUBMITTED);
            case ACTIVE -> EnumSet.of(WARNED, RESTRICTED, SUSPENDED, REVERIFICATION_DUE, TERMINATED);
            case WARNED -> EnumSet.of(ACTIVE, RESTRICTED, SUSPENDED, REVERIFICATION_DUE, TERMINATED);
            case RESTRICTED -> EnumSet.of(ACTIVE, WARNED, SUSPENDED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, WARNED, RESTRICTED, TERMINATED);
            case REVERIFICATION_DUE -> EnumSet.of(ACTIVE, NEEDS_INFO, REJECTED, SUSPENDED, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(MerchantStatus.class);
        };
    }

    public boolean canMoveTo(MerchantStatus target) {
        return next().contains(target);
    }

    /** May sell: its products are visible and it may publish. */
    public boolean isTrading() {
        return this == ACTIVE || this == WARNED;
    }

    /**
     * Its products stay on sale: trading, or restricted (限制经营: no new products, nothing new published, but what is on
     * sale stays on sale). Suspended and terminated merchants sell nothing.
     */
    public boolean sells() {
        return isTrading() || this == RESTRICTED;
    }

    /**
     * Was approved once and may still use the portal: fulfil open orders, read its violations and appeal, even while a
     * penalty stops it from selling.
     */
    public boolean approvedOnce() {
        return sells() || this == SUSPENDED || this == TERMINATED;
    }

    /** How a badge shows the state: ok (trading), bad (refused or stopped) or pending. */
    public String tone() {
        if (isTrading()) {
            return "ok";
        }
        return this == REJECTED || this == SUSPENDED || this == TERMINATED ? "bad" : "pending";
    }

    public boolean awaitsReview() {
        return WAITING_FOR_REVIEW.contains(this);
    }
}
