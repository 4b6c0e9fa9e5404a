package com.ks.platform.cart;

import com.ks.jooq.tables.records.CartLineRecord;
import com.ks.platform.catalog.SkuOffer;
import com.ks.platform.catalog.SkuOffers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current shopper's (or visitor's) cart, with today's prices and stock. */
@Service
@Transactional(readOnly = true)
public class CartQueries {

    private final CartLineRepository lines;
    private final CartOwners owners;
    private final SkuOffers offers;

    CartQueries(CartLineRepository lines, CartOwners owners, SkuOffers offers) {
        this.lines = lines;
        this.owners = owners;
        this.offers = offers;
    }

    /** Lines grouped by shop (the shop with the latest addition first); never fails for a vanished product. */
    @PreAuthorize("permitAll()")
    public CartDetails myCart() {
        var owner = owners.forReading();
        if (owner.isEmpty()) {
            return CartDetails.EMPTY;
        }
        List<CartLineRecord> rows = lines.lines(owner.get());
        if (rows.isEmpty()) {
            return CartDetails.EMPTY;
        }
        Map<UUID, SkuOffer> current =
                offers.find(rows.stream().map(CartLineRecord::getSkuId).toList());
        Map<UUID, List<CartDetails.Line>> byShop = new LinkedHashMap<>();
        Map<UUID, String> storeNames = new LinkedHashMap<>();
        for (CartLineRecord row : rows) {
            SkuOffer offer = current.get(row.getSkuId());
            byShop.computeIfAbsent(row.getMerchantId(), k -> new ArrayList<>()).add(line(row, offer));
            if (offer != null && !offer.storeName().isEmpty()) {
                storeNames.putIfAbsent(row.getMerchantId(), offer.storeName());
            }
        }
        List<CartDetails.Shop> shops = new ArrayList<>();
        long total = 0;
        int quantity = 0;
        for (var entry : byShop.entrySet()) {
            long subtotal = 0;
            for (CartDetails.Line line : entry.getValue()) {
                if (line.selected() && line.selectable()) {
                    subtotal += line.subtotalFen();
                    quantity += line.quantity();
                }
            }
            total += subtotal;
            shops.add(new CartDetails.Shop(
                    entry.getKey(),
                    storeNames.getOrDefault(entry.getKey(), ""),
                    List.copyOf(entry.getValue()),
                    subtotal));
        }
        return new CartDetails(List.copyOf(shops), total, quantity);
    }

    /** Number of lines, for the header badge. */
    @PreAuthorize("permitAll()")
    public int count() {
        return owners.forReading().map(lines::count).orElse(0);
    }

    private static CartDetails.Line line(CartLineRecord row, SkuOffer offer) {
        Set<CartWarning> warnings = EnumSet.noneOf(CartWarning.class);
        if (offer == null || !offer.available()) {
            warnings.add(CartWarning.UNAVAILABLE);
        } else if (offer.stock() <= 0) {
            warnings.add(CartWarning.SOLD_OUT);
        } else if (offer.stock() < row.getQuantity()) {
            warnings.add(CartWarning.STOCK_LOW);
        }
        if (offer != null && offer.available() && offer.priceFen() != row.getPriceSeenFen()) {
            warnings.add(CartWarning.PRICE_CHANGED);
        }
        boolean selectable = CartService.isBuyable(offer);
        return new CartDetails.Line(
                row.getId(),
                row.getProductId(),
                row.getSkuId(),
                offer == null ? "" : offer.title(),
                offer == null ? "" : offer.specText(),
                offer == null ? null : offer.imageRef(),
                offer == null ? row.getPriceSeenFen() : offer.priceFen(),
                row.getPriceSeenFen(),
                row.getQuantity(),
                offer == null ? 0 : Math.max(0, offer.stock()),
                offer == null ? 0 : offer.maxQuantity(),
                Set.copyOf(warnings),
                row.getSelected() && selectable,
                selectable,
                row.getAddedAt());
    }
}
