package com.ks.platform.promotion;

import java.time.Instant;
import java.util.UUID;

/** One of the shopper's coupons: its terms and its own validity and state. */
public record MyCoupon(
        UUID id, CouponTerms terms, Instant claimedAt, Instant validFrom, Instant validUntil, CouponStatus status) {}
