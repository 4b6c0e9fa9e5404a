package com.ks.platform.cart;

import com.ks.platform.ui.CartBadge;
import org.springframework.stereotype.Component;

@Component
class CartHeaderBadge implements CartBadge {

    private final CartQueries cart;

    CartHeaderBadge(CartQueries cart) {
        this.cart = cart;
    }

    @Override
    public int count() {
        return cart.count();
    }
}
