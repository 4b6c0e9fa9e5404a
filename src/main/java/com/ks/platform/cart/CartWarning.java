package com.ks.platform.cart;

/** Why a cart line needs the shopper's attention. */
public enum CartWarning {
    /** The unit price differs from the one seen when the line was added. */
    PRICE_CHANGED,
    /** Fewer left in stock than the line's quantity. */
    STOCK_LOW,
    /** Nothing left in stock: the line cannot be bought for now. */
    SOLD_OUT,
    /** The product was taken off sale (unpublished, shop suspended, SKU withdrawn). */
    UNAVAILABLE
}
