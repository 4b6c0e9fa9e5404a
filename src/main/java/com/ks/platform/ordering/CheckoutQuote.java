package com.ks.platform.ordering;

import java.util.List;
import java.util.UUID;

/**
 * Everything the shopper pays, before the last step: per shop the lines, items, shipping, discount and total, and the
 * grand totals. {@code issues} lists lines that cannot be ordered as they stand (sold out, unavailable, price
 * changed, over the limit); an order is only placed from a quote without issues. {@code benefits} are the discounts
 * applied (coupons) and the ones the shopper could choose instead.
 */
public record CheckoutQuote(
        List<ShopQuote> shops,
        long itemsFen,
        long shippingFen,
        long discountFen,
        long totalFen,
        List<Issue> issues,
        BenefitPlan benefits) {

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
            long totalFen,
            long shippingDiscountFen) {}

    public record LineQuote(
            UUID skuId,
            String skuCode,
            UUID productId,
            String title,
            String specText,
            String imageRef,
            long unitPriceFen,
            int quantity,
            boolean freeShipping,
            long discountFen) {

        public long amountFen() {
            return unitPriceFen * quantity;
        }

        LineQuote withDiscount(long discount) {
            return new LineQuote(
                    skuId,
                    skuCode,
                    productId,
                    title,
                    specText,
                    imageRef,
                    unitPriceFen,
                    quantity,
                    freeShipping,
                    discount);
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
