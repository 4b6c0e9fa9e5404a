package com.ks.platform.ordering;

import java.util.List;
import java.util.UUID;

/**
 * Everything the shopper pays, before the last step: per shop the lines, items, shipping, discount and total, and the
 * grand totals. {@code issues} lists lines that cannot be ordered as they stand (sold out, unavailable, price
 * changed, over the limit); an order is only placed from a quote without issues.
 */
public record CheckoutQuote(
        List<ShopQuote> shops, long itemsFen, long shippingFen, long discountFen, long totalFen, List<Issue> issues) {

    public boolean placeable() {
        return issues.isEmpty() && !shops.isEmpty();
    }

    public int quantity() {
        return shops.stream()
                .flatMap(s -> s.lines().stream())
                .mapToInt(LineQuote::quantity)
                .sum();
    }

    public record ShopQuote(
            UUID merchantId,
            String storeName,
            List<LineQuote> lines,
            long itemsFen,
            long shippingFen,
            long discountFen,
            long totalFen) {}

    public record LineQuote(
            UUID skuId,
            String skuCode,
            UUID productId,
            String title,
            String specText,
            String imageRef,
            long unitPriceFen,
            int quantity,
            boolean freeShipping) {

        public long amountFen() {
            return unitPriceFen * quantity;
        }
    }

    public record Issue(UUID skuId, String title, Kind kind, long shownPriceFen, long currentPriceFen) {

        public enum Kind {
            UNKNOWN,
            UNAVAILABLE,
            SOLD_OUT,
            OVER_LIMIT,
            PRICE_CHANGED
        }

        public String messageKey() {
            return "checkout.issue." + kind.name();
        }
    }
}
