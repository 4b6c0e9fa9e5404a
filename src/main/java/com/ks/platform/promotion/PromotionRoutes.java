package com.ks.platform.promotion;

/** Route strings of the promotion pages, so other modules link here without literals. */
public final class PromotionRoutes {

    public static final String COUPON_CENTRE = "coupons";
    public static final String MY_COUPONS = "account/coupons";
    public static final String MERCHANT_COUPONS = "merchant/coupons";
    public static final String ADMIN_COUPONS = "admin/coupons";
    public static final String MEMBERSHIP = "account/membership";
    public static final String POINTS = "account/points";

    private PromotionRoutes() {}
}
