package com.ks.platform.review;

import java.util.List;
import java.util.UUID;

/** A buyer's order on its review page: whether it may be reviewed yet (delivered), and each line with its review. */
public record OrderReviews(UUID orderId, String orderNo, boolean reviewable, List<LineReview> lines) {}
