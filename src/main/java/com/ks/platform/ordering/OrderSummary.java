package com.ks.platform.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One order in a list: enough to recognise it (shop, first items with their spec, amount, status, the parcel's latest
 * tracking line or null) and act on it.
 */
public record OrderSummary(
        UUID id,
        String orderNo,
        UUID checkoutId,
        UUID merchantId,
        String storeName,
        OrderStatus status,
        long totalFen,
        int itemCount,
        Instant placedAt,
        Instant payDeadline,
        List<LinePreview> lines,
        OrderDetails.Tracking latestTracking) {

    public record LinePreview(UUID productId, String title, String specText, String imageRef, int quantity) {}
}
