package com.ks.platform.catalog;

import java.util.UUID;

/** What a listing shows of a product. Prices in fen. */
public record ProductCard(
        UUID id,
        String title,
        String coverImage,
        long minPriceFen,
        long maxPriceFen,
        int salesCount,
        int ratingCount,
        int ratingSum,
        boolean returnable7d,
        boolean freeShipping,
        boolean isNew,
        boolean inStock,
        UUID merchantId,
        String storeName,
        String categoryCode) {

    /** Average rating with one decimal, or 0 when nobody has rated yet. */
    public double ratingAverage() {
        return ratingCount == 0 ? 0 : Math.round(10.0 * ratingSum / ratingCount) / 10.0;
    }
}
