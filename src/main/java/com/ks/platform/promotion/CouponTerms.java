package com.ks.platform.promotion;

import java.time.Instant;
import java.util.UUID;

/**
 * A coupon template as shoppers and its issuer see it: who issues it (merchant id and store name, or none for the
 * platform), what it takes off, on what, when, and how many are left.
 */
public record CouponTerms(
        UUID id,
        UUID merchantId,
        String storeName,
        String name,
        CouponKind kind,
        long thresholdFen,
        Long amountOffFen,
        Integer percentOff,
        Long capFen,
        CouponScope scope,
        String scopeCategory,
        UUID scopeProductId,
        Instant startsAt,
        Instant endsAt,
        Integer validDays,
        int totalLimit,
        int claimedCount,
        int perPersonLimit,
        boolean newUserGift,
        boolean stopped) {

    public boolean platform() {
        return merchantId == null;
    }

    public int left() {
        return Math.max(0, totalLimit - claimedCount);
    }
}
