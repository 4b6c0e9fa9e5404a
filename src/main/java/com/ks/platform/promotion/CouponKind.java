package com.ks.platform.promotion;

/** What a coupon takes off: a fixed amount (满减 when it has a threshold), a percentage with a cap, or the shipping. */
public enum CouponKind {
    AMOUNT_OFF,
    PERCENT_OFF,
    FREE_SHIPPING;

    public String messageKey() {
        return "coupon.kind." + name();
    }
}
