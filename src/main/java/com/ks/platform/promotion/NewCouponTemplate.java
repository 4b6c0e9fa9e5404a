package com.ks.platform.promotion;

import java.time.Instant;
import java.util.UUID;

/**
 * A coupon to create. {@code amountOffFen} for AMOUNT_OFF, {@code percentOff} (1–90, % off) with {@code capFen} for
 * PERCENT_OFF, neither for FREE_SHIPPING; {@code thresholdFen} 0 means no threshold. Validity: claimable from
 * {@code startsAt} to {@code endsAt}; valid until {@code endsAt}, or {@code validDays} after claiming when given.
 */
public record NewCouponTemplate(
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
        int perPersonLimit,
        boolean newUserGift) {

    public static final int MAX_NAME = 40;
    public static final int MAX_TOTAL = 1_000_000;
    public static final int MAX_PER_PERSON = 10;
    public static final int MAX_VALID_DAYS = 365;
    public static final long MAX_FEN = 100_000_000L;
}
