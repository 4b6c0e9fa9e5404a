package com.ks.platform.cart;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The cart as the shopper sees it: lines grouped by shop, newest first; money in fen. */
public record CartDetails(List<Shop> shops, long selectedTotalFen, int selectedQuantity) {

    public static final CartDetails EMPTY = new CartDetails(List.of(), 0, 0);

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    public int lineCount() {
        return shops.stream().mapToInt(s -> s.lines().size()).sum();
    }

    /** True when every line that can be bought is selected (and there is at least one). */
    public boolean allSelected() {
        var selectable = shops.stream().flatMap(s -> s.lines().stream()).filter(Line::selectable);
        return shops.stream().flatMap(s -> s.lines().stream()).anyMatch(Line::selectable)
                && selectable.allMatch(Line::selected);
    }

    /** One shop's part of the cart; the subtotal counts its selected, buyable lines. */
    public record Shop(UUID merchantId, String storeName, List<Line> lines, long selectedSubtotalFen) {

        public boolean allSelected() {
            return lines.stream().anyMatch(Line::selectable)
                    && lines.stream().filter(Line::selectable).allMatch(Line::selected);
        }
    }

    /**
     * One SKU in the cart. {@code maxQuantity} is what may be bought now (per-order limit and stock); {@code
     * selectable} is false for unavailable and sold-out lines, which never count towards a total.
     */
    public record Line(
            UUID id,
            UUID productId,
            UUID skuId,
            String title,
            String specText,
            String imageRef,
            long unitPriceFen,
            long priceWhenAddedFen,
            int quantity,
            int availableStock,
            int maxQuantity,
            Set<CartWarning> warnings,
            boolean selected,
            boolean selectable,
            Instant addedAt) {

        public long subtotalFen() {
            return unitPriceFen * quantity;
        }
    }
}
