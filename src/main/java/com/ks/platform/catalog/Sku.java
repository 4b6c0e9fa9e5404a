package com.ks.platform.catalog;

import java.util.UUID;

/** One purchasable combination of spec values, with its own price (fen), stock and image. */
public record Sku(
        UUID id, String skuCode, String spec1Value, String spec2Value, long priceFen, int stock, String imageRef) {

    public boolean inStock() {
        return stock > 0;
    }
}
