package com.ks.platform.cart;

import com.ks.platform.catalog.PurchaseActions;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The product page's "add to cart", backed by the cart ("buy now" belongs to ordering). */
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
}
