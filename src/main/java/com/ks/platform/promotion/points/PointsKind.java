package com.ks.platform.promotion.points;

/** Why a ledger entry moved the points; the shopper's history names it ({@code points.kind.*}). */
public enum PointsKind {
    ORDER,
    REFUND,
    REVIEW,
    CHECK_IN,
    CAMPAIGN,
    BIRTHDAY,
    CHECKOUT,
    CHECKOUT_RETURNED,
    COUPON,
    EXPIRED;

    public String messageKey() {
        return "points.kind." + name();
    }

    /** Earnings count as fresh points for the expiry rule; returns of spent points too (they were fresh once). */
    boolean grant() {
        return this != REFUND && this != CHECKOUT && this != COUPON && this != EXPIRED;
    }
}
