package com.ks.platform.ordering;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A checkout submission. {@code checkoutId} is its idempotency key: submitting the same id again answers the orders
 * already placed. {@code expectedUnitPriceFen} is the price the shopper was shown; when the database says otherwise the
 * order is refused with the new prices, never placed at a price the shopper did not see. {@code benefitIds} are the
 * discounts (coupons) the shopper chose and saw in the price summary; each is taken in the placement or nothing is.
 */
public record PlaceOrder(
        UUID checkoutId,
        CheckoutOrigin origin,
        List<Item> items,
        UUID addressId,
        DeliveryOption delivery,
        PaymentMethod paymentMethod,
        Map<UUID, String> remarks,
        Set<UUID> benefitIds) {

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 999;
    public static final int MAX_REMARK = 200;
    public static final int MAX_BENEFITS = 50;

    public PlaceOrder {
        items = items == null ? List.of() : List.copyOf(items);
        remarks = remarks == null ? Map.of() : Map.copyOf(remarks);
        benefitIds = benefitIds == null
                ? Set.of()
                : benefitIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A checkout without discounts. */
    public PlaceOrder(
            UUID checkoutId,
            CheckoutOrigin origin,
            List<Item> items,
            UUID addressId,
            DeliveryOption delivery,
            PaymentMethod paymentMethod,
            Map<UUID, String> remarks) {
        this(checkoutId, origin, items, addressId, delivery, paymentMethod, remarks, Set.of());
    }

    /** A checkout without remarks to the shops. */
    public PlaceOrder(
            UUID checkoutId,
            CheckoutOrigin origin,
            List<Item> items,
            UUID addressId,
            DeliveryOption delivery,
            PaymentMethod paymentMethod) {
        this(checkoutId, origin, items, addressId, delivery, paymentMethod, Map.of(), Set.of());
    }

    /** The shopper's remark to one shop, trimmed, control characters removed; null when there is none. */
    public String remarkFor(UUID merchantId) {
        String remark = remarks.get(merchantId);
        if (remark == null) {
            return null;
        }
        String clean = remark.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** One SKU and how many; the expected price is optional for API clients (then no price check is made). */
    public record Item(UUID skuId, int quantity, Long expectedUnitPriceFen) {}
}
