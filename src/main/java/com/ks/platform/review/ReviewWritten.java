package com.ks.platform.review;

import java.util.UUID;

/** A buyer reviewed an order line; {@code photoCount} above zero makes it a photo review (晒单). */
public record ReviewWritten(UUID reviewId, UUID accountId, UUID orderId, int photoCount) {}
