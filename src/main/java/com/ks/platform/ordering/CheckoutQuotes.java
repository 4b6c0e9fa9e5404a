package com.ks.platform.ordering;

import com.ks.platform.catalog.SkuOffer;
import com.ks.platform.catalog.SkuOffers;
import com.ks.platform.catalog.SoldOutHints;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.CheckoutQuote.Issue;
import com.ks.platform.ordering.CheckoutQuote.LineQuote;
import com.ks.platform.ordering.CheckoutQuote.ShopQuote;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a checkout from the database (never from the client): lines grouped by shop in the order given, shipping per
 * shop by the delivery option, discounts from {@link CheckoutBenefits} (coupons) allocated to lines and shipping,
 * totals, and the issues that stop it from being placed.
 */
@Service
@Transactional(readOnly = true)
public class CheckoutQuotes {

    private final SkuOffers offers;
    private final SoldOutHints soldOut;
    private final CheckoutBenefits benefits;

    CheckoutQuotes(SkuOffers offers, SoldOutHints soldOut, CheckoutBenefits benefits) {
        this.offers = offers;
        this.soldOut = soldOut;
        this.benefits = benefits;
    }

    /** The checkout without any discount (one-click buy). */
    @PreAuthorize(Roles.IS_SHOPPER)
    public CheckoutQuote quote(List<PlaceOrder.Item> items, DeliveryOption delivery) {
        return quote(items, delivery, BenefitChoice.none());
    }

    /** The checkout with the chosen discounts, or the suggested best ones; a chosen one that does not apply is refused. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public CheckoutQuote quote(List<PlaceOrder.Item> items, DeliveryOption delivery, BenefitChoice choice) {
        validate(items, delivery);
        Map<UUID, SkuOffer> current =
                offers.find(items.stream().map(PlaceOrder.Item::skuId).toList());
        Map<UUID, List<LineQuote>> byShop = new LinkedHashMap<>();
        Map<UUID, String> storeNames = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (PlaceOrder.Item item : items) {
            SkuOffer offer = current.get(item.skuId());
            Issue issue = issueOf(item, offer);
            if (issue != null) {
                issues.add(issue);
                if (issue.kind() == Issue.Kind.SOLD_OUT && offer.stock() == 0) {
                    soldOut.markSoldOut(offer.skuId(), offer.title());
                }
            }
            if (offer == null) {
                continue;
            }
            storeNames.putIfAbsent(offer.merchantId(), offer.storeName());
            byShop.computeIfAbsent(offer.merchantId(), id -> new ArrayList<>())
                    .add(new LineQuote(
                            offer.skuId(),
                            offer.skuCode(),
                            offer.productId(),
                            offer.title(),
                            offer.specText(),
                            offer.imageRef(),
                            offer.priceFen(),
                            item.quantity(),
                            offer.freeShipping(),
                            0));
        }
        Map<UUID, Long> shippingByShop = new LinkedHashMap<>();
        List<CheckoutBenefits.BenefitRequest.Shop> requests = new ArrayList<>();
        for (var entry : byShop.entrySet()) {
            List<LineQuote> lines = entry.getValue();
            long itemsFen = lines.stream().mapToLong(LineQuote::amountFen).sum();
            boolean allFree = lines.stream().allMatch(LineQuote::freeShipping);
            long shippingFen = delivery.feeFen(itemsFen, allFree);
            shippingByShop.put(entry.getKey(), shippingFen);
            requests.add(new CheckoutBenefits.BenefitRequest.Shop(
                    entry.getKey(),
                    lines.stream()
                            .map(l -> new CheckoutBenefits.BenefitRequest.Line(l.skuId(), l.productId(), l.amountFen()))
                            .toList(),
                    shippingFen));
        }
        BenefitPlan plan = byShop.isEmpty() || choice == null ? BenefitPlan.NONE : benefits.plan(requests, choice);
        Map<UUID, Long> lineDiscounts = new java.util.HashMap<>();
        Map<UUID, Long> shippingDiscounts = new java.util.HashMap<>();
        for (BenefitPlan.Applied applied : plan.applied()) {
            applied.lineShares().forEach((sku, fen) -> lineDiscounts.merge(sku, fen, Long::sum));
            applied.shippingShares().forEach((shop, fen) -> shippingDiscounts.merge(shop, fen, Long::sum));
        }
        List<ShopQuote> shops = new ArrayList<>();
        long itemsTotal = 0;
        long shipping = 0;
        long discount = 0;
        for (var entry : byShop.entrySet()) {
            List<LineQuote> lines = entry.getValue().stream()
                    .map(l -> l.withDiscount(lineDiscounts.getOrDefault(l.skuId(), 0L)))
                    .toList();
            long itemsFen = lines.stream().mapToLong(LineQuote::amountFen).sum();
            long shippingFen = shippingByShop.get(entry.getKey());
            long shippingDiscountFen = Math.min(shippingFen, shippingDiscounts.getOrDefault(entry.getKey(), 0L));
            long discountFen = lines.stream().mapToLong(LineQuote::discountFen).sum() + shippingDiscountFen;
            shops.add(new ShopQuote(
                    entry.getKey(),
                    storeNames.get(entry.getKey()),
                    lines,
                    itemsFen,
                    shippingFen,
                    discountFen,
                    itemsFen + shippingFen - discountFen,
                    shippingDiscountFen));
            itemsTotal += itemsFen;
            shipping += shippingFen;
            discount += discountFen;
        }
        return new CheckoutQuote(
                List.copyOf(shops),
                itemsTotal,
                shipping,
                discount,
                itemsTotal + shipping - discount,
                List.copyOf(issues),
                plan);
    }

    private static Issue issueOf(PlaceOrder.Item item, SkuOffer offer) {
        if (offer == null) {
            return new Issue(item.skuId(), "", Issue.Kind.UNKNOWN, 0, 0);
        }
        long shown = item.expectedUnitPriceFen() == null ? offer.priceFen() : item.expectedUnitPriceFen();
        Issue.Kind kind = null;
        if (!offer.available()) {
            kind = Issue.Kind.UNAVAILABLE;
        } else if (offer.stock() < item.quantity()) {
            kind = Issue.Kind.SOLD_OUT;
        } else if (item.quantity() > offer.perOrderLimit()) {
            kind = Issue.Kind.OVER_LIMIT;
        } else if (shown != offer.priceFen()) {
            kind = Issue.Kind.PRICE_CHANGED;
        }
        return kind == null ? null : new Issue(offer.skuId(), offer.title(), kind, shown, offer.priceFen());
    }

    /** Structural checks: a checkout that could never be right is refused outright, not quoted. */
    static void validate(List<PlaceOrder.Item> items, DeliveryOption delivery) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolated("error.checkout.empty");
        }
        if (items.size() > PlaceOrder.MAX_LINES) {
            throw new RuleViolated("error.checkout.tooManyLines", PlaceOrder.MAX_LINES);
        }
        if (delivery == null) {
            throw new RuleViolated("error.checkout.delivery");
        }
        var seen = new HashSet<UUID>();
        for (PlaceOrder.Item item : items) {
            if (item == null || item.skuId() == null) {
                throw new RuleViolated("error.checkout.unknownSku");
            }
            if (item.quantity() < 1 || item.quantity() > PlaceOrder.MAX_QUANTITY) {
                throw new RuleViolated("error.checkout.quantity", PlaceOrder.MAX_QUANTITY);
            }
            if (item.expectedUnitPriceFen() != null && item.expectedUnitPriceFen() < 0) {
                throw new RuleViolated("error.checkout.price");
            }
            if (!seen.add(item.skuId())) {
                throw new RuleViolated("error.checkout.duplicateSku");
            }
        }
    }
}
