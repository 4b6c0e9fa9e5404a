package com.ks.platform.promotion;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutBenefits.BenefitRequest;
import com.ks.platform.ordering.CheckoutBenefits.Redemption;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons at checkout. Stacking: at most one shop coupon per shop and one platform coupon per checkout. A shop coupon
 * applies to its shop's lines in scope; the platform coupon then applies to what the lines cost after the shop coupons
 * (its threshold is reached on that amount). The suggestion takes the best shop coupon of each shop, then the platform
 * coupon that takes off most on top. Each discount is allocated to its lines in proportion to their amounts
 * ({@link CouponMath#allocate}); free shipping is allocated to the shops' shipping. {@link PromotionCheckout} adds member
 * privileges and points on top.
 */
@Service
class CouponCheckout {

    private final CouponRepository coupons;
    private final CatalogQueries catalog;
    private final Clock clock;

    CouponCheckout(CouponRepository coupons, CatalogQueries catalog, Clock clock) {
        this.coupons = coupons;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Called by checkout's quote, which is secured for shoppers; the coupons are always the signed-in shopper's. */
    @Transactional(readOnly = true)
    BenefitPlan plan(List<BenefitRequest.Shop> shops, BenefitChoice choice) {
        UUID accountId = CurrentActor.requireAccountId();
        Instant now = clock.instant();
        List<MyCoupon> usable = coupons.mine(accountId, CouponTab.USABLE, now, 0, 200).stream()
                .filter(c -> !c.validFrom().isAfter(now))
                .toList();
        if (usable.isEmpty() && choice.chosen().isEmpty()) {
            return BenefitPlan.NONE;
        }
        Cart cart = new Cart(shops, categoriesOf(shops));
        List<MyCoupon> chosen = choice.suggest() ? suggest(cart, usable) : chosen(cart, choice, accountId, now);
        Map<UUID, Long> lineDiscounts = new HashMap<>();
        Map<UUID, Long> shippingDiscounts = new HashMap<>();
        List<BenefitPlan.Applied> applied = new ArrayList<>();
        // shop coupons first: the platform coupon counts what the lines cost after them
        for (MyCoupon coupon : shopFirst(chosen)) {
            BenefitPlan.Applied one = apply(cart, coupon, lineDiscounts, shippingDiscounts);
            applied.add(one);
            one.lineShares().forEach((sku, fen) -> lineDiscounts.merge(sku, fen, Long::sum));
            one.shippingShares().forEach((shop, fen) -> shippingDiscounts.merge(shop, fen, Long::sum));
        }
        Map<UUID, Long> shopOnly = new HashMap<>();
        Map<UUID, Long> shopShipping = new HashMap<>();
        applied.stream().filter(a -> a.merchantId() != null).forEach(a -> {
            a.lineShares().forEach((sku, fen) -> shopOnly.merge(sku, fen, Long::sum));
            a.shippingShares().forEach((shop, fen) -> shopShipping.merge(shop, fen, Long::sum));
        });
        List<BenefitPlan.Option> options = new ArrayList<>();
        for (MyCoupon coupon : usable) {
            long off = coupon.terms().platform()
                    ? discountOf(cart, coupon.terms(), shopOnly, shopShipping)
                    : discountOf(cart, coupon.terms(), Map.of(), Map.of());
            if (off > 0) {
                options.add(new BenefitPlan.Option(
                        coupon.id(), coupon.terms().merchantId(), coupon.terms().name(), off, coupon.validUntil()));
            }
        }
        return new BenefitPlan(applied, options);
    }

    private static List<MyCoupon> shopFirst(List<MyCoupon> chosen) {
        return chosen.stream()
                .sorted(Comparator.comparing(c -> c.terms().platform()))
                .toList();
    }

    /** The best shop coupon of each shop, then the best platform coupon on top (ties: the one expiring first). */
    private List<MyCoupon> suggest(Cart cart, List<MyCoupon> usable) {
        Comparator<MyCoupon> soonest = Comparator.comparing(MyCoupon::validUntil);
        List<MyCoupon> picked = new ArrayList<>();
        Map<UUID, Long> shopLines = new HashMap<>();
        Map<UUID, Long> shopShipping = new HashMap<>();
        for (BenefitRequest.Shop shop : cart.shops()) {
            usable.stream()
                    .filter(c -> shop.merchantId().equals(c.terms().merchantId()))
                    .filter(c -> discountOf(cart, c.terms(), Map.of(), Map.of()) > 0)
                    .min(Comparator.comparing((MyCoupon c) -> -discountOf(cart, c.terms(), Map.of(), Map.of()))
                            .thenComparing(soonest))
                    .ifPresent(best -> {
                        picked.add(best);
                        BenefitPlan.Applied one = apply(cart, best, Map.of(), Map.of());
                        one.lineShares().forEach((sku, fen) -> shopLines.merge(sku, fen, Long::sum));
                        one.shippingShares().forEach((s, fen) -> shopShipping.merge(s, fen, Long::sum));
                    });
        }
        usable.stream()
                .filter(c -> c.terms().platform())
                .filter(c -> discountOf(cart, c.terms(), shopLines, shopShipping) > 0)
                .min(Comparator.comparing((MyCoupon c) -> -discountOf(cart, c.terms(), shopLines, shopShipping))
                        .thenComparing(soonest))
                .ifPresent(picked::add);
        return picked;
    }

    /** The shopper's own choice, checked rule by rule; any coupon that cannot be used here refuses the checkout. */
    private List<MyCoupon> chosen(Cart cart, BenefitChoice choice, UUID accountId, Instant now) {
        List<MyCoupon> found = coupons.mineByIds(accountId, choice.chosen());
        if (found.size() != choice.chosen().size()) {
            // another shopper's coupon or a made-up id: not found, as any other object of someone else
            throw new NotFound("error.coupon.notFound");
        }
        Map<Optional<UUID>, MyCoupon> perScope = new LinkedHashMap<>();
        for (MyCoupon coupon : found) {
            if (coupon.status() == CouponStatus.USED) {
                throw new RuleViolated("error.coupon.used", coupon.terms().name());
            }
            if (!coupon.validUntil().isAfter(now) || coupon.validFrom().isAfter(now)) {
                throw new RuleViolated("error.coupon.expired", coupon.terms().name());
            }
            if (perScope.put(Optional.ofNullable(coupon.terms().merchantId()), coupon) != null) {
                throw new RuleViolated("error.coupon.stacking");
            }
            if (!coupon.terms().platform()
                    && cart.shops().stream()
                            .noneMatch(s -> s.merchantId().equals(coupon.terms().merchantId()))) {
                throw new RuleViolated("error.coupon.otherShop", coupon.terms().name());
            }
        }
        Map<UUID, Long> shopLines = new HashMap<>();
        Map<UUID, Long> shopShipping = new HashMap<>();
        for (MyCoupon coupon : shopFirst(found)) {
            if (coupon.terms().platform()) {
                if (discountOf(cart, coupon.terms(), shopLines, shopShipping) == 0) {
                    throw notApplicable(cart, coupon, shopLines);
                }
                continue;
            }
            if (discountOf(cart, coupon.terms(), Map.of(), Map.of()) == 0) {
                throw notApplicable(cart, coupon, Map.of());
            }
            BenefitPlan.Applied one = apply(cart, coupon, Map.of(), Map.of());
            one.lineShares().forEach((sku, fen) -> shopLines.merge(sku, fen, Long::sum));
            one.shippingShares().forEach((s, fen) -> shopShipping.merge(s, fen, Long::sum));
        }
        return found;
    }

    private static RuleViolated notApplicable(Cart cart, MyCoupon coupon, Map<UUID, Long> taken) {
        long eligible = cart.eligible(coupon.terms()).stream()
                .mapToLong(line -> line.amountFen() - taken.getOrDefault(line.skuId(), 0L))
                .sum();
        if (eligible > 0 && eligible < coupon.terms().thresholdFen()) {
            return new RuleViolated(
                    "error.coupon.threshold",
                    coupon.terms().name(),
                    java.math.BigDecimal.valueOf(coupon.terms().thresholdFen() - eligible, 2)
                            .toPlainString());
        }
        return new RuleViolated("error.coupon.notApplicable", coupon.terms().name());
    }

    private static long discountOf(Cart cart, CouponTerms terms, Map<UUID, Long> taken, Map<UUID, Long> shipTaken) {
        List<BenefitRequest.Line> lines = cart.eligible(terms);
        long eligible = lines.stream()
                .mapToLong(line -> line.amountFen() - taken.getOrDefault(line.skuId(), 0L))
                .sum();
        long shipping = cart.shopsOf(lines).stream()
                .mapToLong(shop -> shop.shippingFen() - shipTaken.getOrDefault(shop.merchantId(), 0L))
                .sum();
        return CouponMath.discount(terms, eligible, shipping);
    }

    /** The coupon's discount allocated to its lines (on what they cost after {@code taken}) or shops' shipping. */
    private static BenefitPlan.Applied apply(
            Cart cart, MyCoupon coupon, Map<UUID, Long> taken, Map<UUID, Long> shipTaken) {
        CouponTerms terms = coupon.terms();
        long off = discountOf(cart, terms, taken, shipTaken);
        List<BenefitRequest.Line> lines = cart.eligible(terms);
        Map<UUID, Long> lineShares = new LinkedHashMap<>();
        Map<UUID, Long> shippingShares = new LinkedHashMap<>();
        if (terms.kind() == CouponKind.FREE_SHIPPING) {
            for (BenefitRequest.Shop shop : cart.shopsOf(lines)) {
                long left = shop.shippingFen() - shipTaken.getOrDefault(shop.merchantId(), 0L);
                if (left > 0) {
                    shippingShares.put(shop.merchantId(), left);
                }
            }
        } else {
            long[] weights = lines.stream()
                    .mapToLong(line -> line.amountFen() - taken.getOrDefault(line.skuId(), 0L))
                    .toArray();
            long[] shares = CouponMath.allocate(off, weights);
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0) {
                    lineShares.put(lines.get(i).skuId(), shares[i]);
                }
            }
        }
        return new BenefitPlan.Applied(coupon.id(), terms.merchantId(), terms.name(), off, lineShares, shippingShares);
    }

    private Map<UUID, String> categoriesOf(List<BenefitRequest.Shop> shops) {
        return catalog.rootCategoryCodes(shops.stream()
                .flatMap(s -> s.lines().stream())
                .map(BenefitRequest.Line::productId)
                .distinct()
                .toList());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void redeem(UUID checkoutId, List<Redemption> redemptions) {
        UUID accountId = CurrentActor.requireAccountId();
        Instant now = clock.instant();
        redemptions.stream().map(Redemption::benefitId).distinct().forEach(couponId -> {
            if (!coupons.use(couponId, accountId, checkoutId, now)) {
                throw new RuleViolated("error.coupon.taken");
            }
        });
        redemptions.forEach(r -> coupons.insertUse(r.benefitId(), r.orderId(), r.discountFen()));
    }

    /** The checkout's lines with their top-level categories, and which lines a coupon's scope covers. */
    private record Cart(List<BenefitRequest.Shop> shops, Map<UUID, String> categories) {

        List<BenefitRequest.Line> eligible(CouponTerms terms) {
            return shops.stream()
                    .filter(shop -> terms.platform() || shop.merchantId().equals(terms.merchantId()))
                    .flatMap(shop -> shop.lines().stream())
                    .filter(line -> switch (terms.scope()) {
                        case ALL -> true;
                        case CATEGORY -> terms.scopeCategory().equals(categories.get(line.productId()));
                        case PRODUCT -> terms.scopeProductId().equals(line.productId());
                    })
                    .toList();
        }

        List<BenefitRequest.Shop> shopsOf(List<BenefitRequest.Line> lines) {
            var skus = lines.stream().map(BenefitRequest.Line::skuId).collect(java.util.stream.Collectors.toSet());
            return shops.stream()
                    .filter(shop -> shop.lines().stream().anyMatch(line -> skus.contains(line.skuId())))
                    .toList();
        }
    }
}
