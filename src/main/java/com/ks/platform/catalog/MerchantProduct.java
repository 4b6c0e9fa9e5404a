package com.ks.platform.catalog;

import java.time.Instant;
import java.util.UUID;

/** A row of the merchant's own product list. Prices in fen. */
public record MerchantProduct(
        UUID id,
        String title,
        String coverImage,
        ProductStatus status,
        long minPriceFen,
        long maxPriceFen,
        int totalStock,
        int salesCount,
        Instant createdAt) {}
