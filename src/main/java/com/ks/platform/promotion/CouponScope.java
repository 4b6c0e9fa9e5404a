package com.ks.platform.promotion;

/** Which goods a coupon applies to: all of its issuer's, one top-level category, or one product. */
public enum CouponScope {
    ALL,
    CATEGORY,
    PRODUCT;

    public String messageKey() {
        return "coupon.scope." + name();
    }
}
