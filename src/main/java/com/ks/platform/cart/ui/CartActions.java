package com.ks.platform.cart.ui;

import com.ks.platform.cart.CartDetails;
import java.util.UUID;

/** What the parts of the cart page ask the page to do; the page calls the service and redraws. */
interface CartActions {

    void changeQuantity(CartDetails.Line line, Integer quantity);

    void remove(CartDetails.Line line);

    void select(CartDetails.Line line, boolean selected);

    void selectShop(UUID merchantId, boolean selected);

    void selectAll(boolean selected);

    void checkout();
}
