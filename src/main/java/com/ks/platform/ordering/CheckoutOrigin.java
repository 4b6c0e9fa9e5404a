package com.ks.platform.ordering;

/** Where a checkout was submitted from. */
public enum CheckoutOrigin {
    CART,
    BUY_NOW,
    API
}
