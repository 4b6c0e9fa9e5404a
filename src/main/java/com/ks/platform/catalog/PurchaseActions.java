package com.ks.platform.catalog;

import java.util.UUID;

/**
 * What the product page can do with a chosen SKU. Implemented by the cart module (which depends on the catalog, not
 * the other way round); absent until a cart exists.
 */
public interface PurchaseActions {

    /** Adds to the current shopper's cart; refuses quantities outside the allowed range. */
    void addToCart(UUID skuId, int quantity);
}
