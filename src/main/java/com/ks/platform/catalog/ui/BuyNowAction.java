package com.ks.platform.catalog.ui;

import java.util.UUID;

/**
 * What "立即购买" does with the chosen SKU, provided by the ordering module (which depends on the catalog, not the
 * other way round): a one-click confirmation for a returning shopper, otherwise the checkout page. Without it the
 * product page falls back to the cart.
 */
public interface BuyNowAction {

    void start(UUID skuId, int quantity);
}
