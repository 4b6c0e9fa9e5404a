package com.ks.platform.promotion;

/** A claimed coupon is unused until a checkout takes it; a cancelled order gives it back while it is still valid. */
public enum CouponStatus {
    UNUSED,
    USED
}
