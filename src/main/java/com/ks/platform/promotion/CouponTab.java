package com.ks.platform.promotion;

/** The tabs of 我的优惠券. */
public enum CouponTab {
    USABLE,
    USED,
    EXPIRED;

    public String messageKey() {
        return "myCoupons.tab." + name();
    }
}
