package com.ks.platform.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the product page shows. */
public record ProductDetails(
        UUID id,
        String title,
        String subtitle,
        String brand,
        String descriptionHtml,
        Category category,
        List<String> images,
        String spec1Name,
        List<String> spec1Values,
        String spec2Name,
        List<String> spec2Values,
        List<Sku> skus,
        int perOrderLimit,
        boolean returnable7d,
        ReturnExclusion returnExclusion,
        boolean freeShipping,
        int salesCount,
        int ratingCount,
        int ratingSum,
        MerchantCard merchant,
        ProductStatus status,
        Instant publishedAt) {

    public long minPriceFen() {
        return skus.stream().mapToLong(Sku::priceFen).min().orElse(0);
    }

    public long maxPriceFen() {
        return skus.stream().mapToLong(Sku::priceFen).max().orElse(0);
    }

    public Optional<Sku> skuFor(String spec1, String spec2) {
        return skus.stream()
                .filter(s -> java.util.Objects.equals(s.spec1Value(), spec1)
                        && java.util.Objects.equals(s.spec2Value(), spec2))
                .findFirst();
    }

    /** Public facts of the seller (E-Commerce Law art. 15: licence information shown on the shop's pages). */
    public record MerchantCard(UUID id, String storeName, String companyName, String creditCode, String status) {}
}
