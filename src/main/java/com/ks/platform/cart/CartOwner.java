package com.ks.platform.cart;

import java.util.UUID;

/** Whose cart: a signed-in shopper's account, or a visitor's cart id kept in the HTTP session. Exactly one is set. */
record CartOwner(UUID accountId, UUID visitorCartId) {

    static CartOwner account(UUID accountId) {
        return new CartOwner(accountId, null);
    }

    static CartOwner visitor(UUID visitorCartId) {
        return new CartOwner(null, visitorCartId);
    }
}
