package com.ks.platform.promotion.points;

import java.util.UUID;

/** A coupon template the shopper can take for {@code points} (积分兑换); the template's claim rules still apply. */
public record PointsCouponOffer(UUID templateId, String name, long points) {}
