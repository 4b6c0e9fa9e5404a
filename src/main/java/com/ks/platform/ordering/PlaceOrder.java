package com.ks.platform.ordering;

import java.util.List;
import java.util.UUID;

/**
 * A checkout submission. {@code checkoutId} is its idempotency key: submitting the same id again answers the orders
 * already placed. {@code expectedUnitPriceFen} is the price the shopper was shown; when the database says otherwise the
 * order is refused with the new prices, never placed at a price the shopper did not see.
 */
public record PlaceOrder(
        UUID checkoutId,
        CheckoutOrigin origin,
        List<Item> items,
        UUID addressId,
        DeliveryOption delivery,
        PaymentMethod paymentMethod) {

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 999;

    public PlaceOrder {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One SKU and how many; the expected price is optional for API clients (then no price check is made). */
    public record Item(UUID skuId, int quantity, Long expectedUnitPriceFen) {}
}
