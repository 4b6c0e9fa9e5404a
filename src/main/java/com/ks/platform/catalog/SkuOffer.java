package com.ks.platform.catalog;

import java.util.UUID;

/**
 * A SKU as a shopper may buy it right now: current price (fen), stock, the product's per-order limit and
 * whether it ships free. {@code
 * available} is false when the product is no longer shown (unpublished, merchant suspended) or the SKU was disabled;
 * such offers keep their title so a cart can still name what it holds.
 */
public record SkuOffer(
        UUID skuId,
        String skuCode,
        UUID productId,
        UUID merchantId,
        String storeName,
        String title,
        String spec1Name,
        String spec1Value,
        String spec2Name,
        String spec2Value,
        String imageRef,
        long priceFen,
        int stock,
        int perOrderLimit,
        boolean freeShipping,
        boolean available) {

    /** The most one order may take: the per-order limit or the stock, whichever is lower; 0 when not buyable. */
    public int maxQuantity() {
        return available ? Math.max(0, Math.min(perOrderLimit, stock)) : 0;
    }

    /** "颜色: 黑色 · 容量: 256GB", or empty for a product without specs. */
    public String specText() {
        StringBuilder text = new StringBuilder();
        append(text, spec1Name, spec1Value);
        append(text, spec2Name, spec2Value);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(" · ");
        }
        text.append(name == null || name.isBlank() ? value : name + ": " + value);
    }
}
