package com.ks.platform.catalog;

import java.time.Instant;
import java.util.UUID;

/** One line of a product's stock history: which SKU, by how much, the stock after it, why, who and when. */
public record StockAdjustment(
        UUID id,
        UUID skuId,
        String skuCode,
        String spec1Value,
        String spec2Value,
        int delta,
        int stockAfter,
        StockAdjustmentReason reason,
        String note,
        String actorLabel,
        Instant adjustedAt) {}
