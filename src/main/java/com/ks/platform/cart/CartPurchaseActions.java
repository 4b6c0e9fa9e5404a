package com.ks.platform.cart;

import com.ks.platform.catalog.PurchaseActions;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The product page's buttons, backed by the cart. "Buy now" leads to the cart until checkout exists. */
@Component
class CartPurchaseActions implements PurchaseActions {

    private final CartService cart;

    CartPurchaseActions(CartService cart) {
        this.cart = cart;
    }

    @Override
    public void addToCart(UUID skuId, int quantity) {
        cart.add(skuId, quantity);
    }

    @Override
    public String buyNowRoute() {
        return "cart";
    }
}
