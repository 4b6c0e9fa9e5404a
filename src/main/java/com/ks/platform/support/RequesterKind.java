package com.ks.platform.support;

/** Who asked: a shopper from the storefront or a merchant from the portal. */
public enum RequesterKind {
    SHOPPER,
    MERCHANT
}
