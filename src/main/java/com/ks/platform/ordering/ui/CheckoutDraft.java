package com.ks.platform.ordering.ui;

import com.ks.platform.cart.CartDetails;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.PlaceOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the checkout page is about to order. The checkout id is the submission's idempotency key: for the cart it is
 * derived from the selected lines and quantities, so a double click, a retry or a second tab with the same cart all
 * name the same checkout; "buy now" gets a fresh id per page.
 */
record CheckoutDraft(
        UUID checkoutId, CheckoutOrigin origin, List<PlaceOrder.Item> items, Map<UUID, Long> priceWhenAdded) {

    /** {@code ?sku=…&qty=…}; empty when the page was opened without them. A malformed pair orders nothing. */
    static Optional<CheckoutDraft> buyNow(Optional<String> sku, Optional<String> quantity) {
        if (sku.isEmpty()) {
            return Optional.empty();
        }
        try {
            UUID skuId = UUID.fromString(sku.get());
            int amount = Integer.parseInt(quantity.orElse("1"));
            return Optional.of(new CheckoutDraft(
                    UUID.randomUUID(),
                    CheckoutOrigin.BUY_NOW,
                    List.of(new PlaceOrder.Item(skuId, amount, null)),
                    Map.of()));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(new CheckoutDraft(UUID.randomUUID(), CheckoutOrigin.BUY_NOW, List.of(), Map.of()));
        }
    }

    static CheckoutDraft fromCart(UUID accountId, CartDetails cart) {
        List<CartDetails.Line> selected = cart.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .filter(line -> line.selected() && line.selectable())
                .toList();
        String fingerprint = selected.stream()
                .sorted(Comparator.comparing(CartDetails.Line::id))
                .map(line -> line.id() + "x" + line.quantity())
                .collect(Collectors.joining(",", "cart:" + accountId + ":", ""));
        return new CheckoutDraft(
                UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8)),
                CheckoutOrigin.CART,
                selected.stream()
                        .map(line -> new PlaceOrder.Item(line.skuId(), line.quantity(), null))
                        .toList(),
                selected.stream()
                        .collect(Collectors.toMap(
                                CartDetails.Line::skuId, CartDetails.Line::priceWhenAddedFen, (a, b) -> a)));
    }

    /** The same lines, expecting the prices the page now shows. */
    CheckoutDraft withShownPrices(CheckoutQuote quote) {
        Map<UUID, Long> shown = quote.shops().stream()
                .flatMap(shop -> shop.lines().stream())
                .collect(Collectors.toMap(
                        CheckoutQuote.LineQuote::skuId, CheckoutQuote.LineQuote::unitPriceFen, (a, b) -> a));
        return new CheckoutDraft(
                checkoutId,
                origin,
                items.stream()
                        .map(item -> new PlaceOrder.Item(item.skuId(), item.quantity(), shown.get(item.skuId())))
                        .toList(),
                priceWhenAdded);
    }
}
