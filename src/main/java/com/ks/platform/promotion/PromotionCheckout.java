package com.ks.platform.promotion;

import com.ks.platform.ordering.BenefitChoice;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.CheckoutBenefits;
import com.ks.platform.promotion.membership.MemberLevels;
import com.ks.platform.promotion.membership.MemberTier;
import com.ks.platform.promotion.membership.MembershipSettings;
import com.ks.platform.promotion.points.PointsAccounts;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything promotion takes off a checkout, in this order: coupons (chosen or suggested), then the member discount of the
 * shopper's level on what the lines cost after them (会员折扣) and the level's free shipping for shops whose goods reach
 * its threshold (会员包邮), then points if the shopper chose them (积分抵扣), capped at a share of what the goods cost
 * after all that. Member privileges always apply; points never unless chosen, because spending them is the shopper's
 * decision.
 *
 * <p>A points benefit's id carries the number of points ({@link #pointsId}): the amount the shopper saw is the amount
 * placed, or the checkout is refused — never a different amount silently.
 */
@Service
class PromotionCheckout implements CheckoutBenefits {

    private static final long POINTS_MARK = 0x4b53_504f_494e_5453L; // "KSPOINTS"
    private static final long MEMBER_MARK = 0x4b53_4d45_4d42_4552L; // "KSMEMBER"
    static final UUID MEMBER_DISCOUNT = new UUID(MEMBER_MARK, 1);
    static final UUID MEMBER_SHIPPING = new UUID(MEMBER_MARK, 2);

    private final CouponCheckout coupons;
    private final MemberLevels members;
    private final PointsAccounts points;

    PromotionCheckout(CouponCheckout coupons, MemberLevels members, PointsAccounts points) {
        this.coupons = coupons;
        this.members = members;
        this.points = points;
    }

    static UUID pointsId(long quantity) {
        return new UUID(POINTS_MARK, quantity);
    }

    private static boolean isPoints(UUID id) {
        return id.getMostSignificantBits() == POINTS_MARK;
    }

    private static boolean isMember(UUID id) {
        return id.getMostSignificantBits() == MEMBER_MARK;
    }

    @Override
    @Transactional(readOnly = true)
    public BenefitPlan plan(List<BenefitRequest.Shop> shops, BenefitChoice choice) {
        UUID accountId = CurrentActor.requireAccountId();
        Set<UUID> couponIds = new HashSet<>();
        List<Long> chosenPoints = new ArrayList<>();
        for (UUID id : choice.chosen()) {
            if (isPoints(id)) {
                chosenPoints.add(id.getLeastSignificantBits());
            } else if (!isMember(id)) {
                couponIds.add(id);
            }
        }
        if (chosenPoints.size() > 1) {
            throw new RuleViolated("error.points.once");
        }
        BenefitPlan couponPlan = coupons.plan(shops, new BenefitChoice(choice.suggest(), couponIds));
        Taken taken = new Taken();
        couponPlan.applied().forEach(taken::add);
        List<BenefitPlan.Applied> applied = new ArrayList<>(couponPlan.applied());

        MemberTier tier = members.tierOf(accountId);
        MembershipSettings.Tier privileges = members.settings().of(tier);
        memberDiscount(shops, taken, tier, privileges).ifPresent(a -> {
            applied.add(a);
            taken.add(a);
        });
        memberShipping(shops, taken, tier, privileges).ifPresent(a -> {
            applied.add(a);
            taken.add(a);
        });

        long goodsLeft = taken.goodsLeft(shops);
        List<BenefitPlan.Option> options = new ArrayList<>(couponPlan.options());
        Optional<Long> usable = points.usable(accountId, goodsLeft);
        if (!chosenPoints.isEmpty()) {
            long quantity = chosenPoints.getFirst();
            points.check(accountId, quantity, goodsLeft);
            applied.add(pointsApplied(shops, taken, quantity));
            options.add(pointsOption(quantity));
        } else {
            usable.ifPresent(quantity -> options.add(pointsOption(quantity)));
        }
        return new BenefitPlan(applied, options);
    }

    private Optional<BenefitPlan.Applied> memberDiscount(
            List<BenefitRequest.Shop> shops, Taken taken, MemberTier tier, MembershipSettings.Tier privileges) {
        if (privileges.discountPercent() == 0) {
            return Optional.empty();
        }
        long base = taken.goodsLeft(shops);
        // HALF_UP on the fen, as everywhere money is rounded
        long off = (base * privileges.discountPercent() + 50) / 100;
        if (off == 0) {
            return Optional.empty();
        }
        return Optional.of(new BenefitPlan.Applied(
                MEMBER_DISCOUNT,
                null,
                tier.name(),
                off,
                taken.allocate(shops, off),
                Map.of(),
                BenefitPlan.Kind.MEMBER));
    }

    private static Optional<BenefitPlan.Applied> memberShipping(
            List<BenefitRequest.Shop> shops, Taken taken, MemberTier tier, MembershipSettings.Tier privileges) {
        if (privileges.freeShippingOverFen() == null) {
            return Optional.empty();
        }
        Map<UUID, Long> shares = new LinkedHashMap<>();
        for (BenefitRequest.Shop shop : shops) {
            long shippingLeft = shop.shippingFen() - taken.shipping.getOrDefault(shop.merchantId(), 0L);
            if (shippingLeft > 0 && taken.goodsLeft(shop) >= privileges.freeShippingOverFen()) {
                shares.put(shop.merchantId(), shippingLeft);
            }
        }
        long off = shares.values().stream().mapToLong(Long::longValue).sum();
        return off == 0
                ? Optional.empty()
                : Optional.of(new BenefitPlan.Applied(
                        MEMBER_SHIPPING, null, tier.name(), off, Map.of(), shares, BenefitPlan.Kind.MEMBER));
    }

    private BenefitPlan.Applied pointsApplied(List<BenefitRequest.Shop> shops, Taken taken, long quantity) {
        long off = points.settings().fenOf(quantity);
        return new BenefitPlan.Applied(
                pointsId(quantity),
                null,
                String.valueOf(quantity),
                off,
                taken.allocate(shops, off),
                Map.of(),
                BenefitPlan.Kind.POINTS);
    }

    private BenefitPlan.Option pointsOption(long quantity) {
        return new BenefitPlan.Option(
                pointsId(quantity),
                null,
                String.valueOf(quantity),
                points.settings().fenOf(quantity),
                null,
                BenefitPlan.Kind.POINTS,
                quantity);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(UUID checkoutId, List<Redemption> redemptions) {
        List<Redemption> couponUses = new ArrayList<>();
        Map<Long, Map<UUID, Long>> pointsUses = new LinkedHashMap<>();
        for (Redemption r : redemptions) {
            if (isPoints(r.benefitId())) {
                pointsUses
                        .computeIfAbsent(r.benefitId().getLeastSignificantBits(), q -> new LinkedHashMap<>())
                        .merge(r.orderId(), r.discountFen(), Long::sum);
            } else if (!isMember(r.benefitId())) {
                couponUses.add(r);
            }
        }
        if (!couponUses.isEmpty()) {
            coupons.redeem(checkoutId, couponUses);
        }
        UUID accountId = CurrentActor.requireAccountId();
        pointsUses.forEach((quantity, fenByOrder) -> points.spend(accountId, quantity, fenByOrder));
    }

    /** What the benefits so far took off each line (by SKU) and each shop's shipping. */
    private static final class Taken {

        private final Map<UUID, Long> lines = new HashMap<>();
        private final Map<UUID, Long> shipping = new HashMap<>();

        void add(BenefitPlan.Applied applied) {
            applied.lineShares().forEach((sku, fen) -> lines.merge(sku, fen, Long::sum));
            applied.shippingShares().forEach((shop, fen) -> shipping.merge(shop, fen, Long::sum));
        }

        long left(BenefitRequest.Line line) {
            return Math.max(0, line.amountFen() - lines.getOrDefault(line.skuId(), 0L));
        }

        long goodsLeft(BenefitRequest.Shop shop) {
            return shop.lines().stream().mapToLong(this::left).sum();
        }

        long goodsLeft(List<BenefitRequest.Shop> shops) {
            return shops.stream().mapToLong(this::goodsLeft).sum();
        }

        /** {@code off} over every line in proportion to what it still costs. */
        Map<UUID, Long> allocate(List<BenefitRequest.Shop> shops, long off) {
            List<BenefitRequest.Line> all =
                    shops.stream().flatMap(s -> s.lines().stream()).toList();
            long[] shares =
                    CouponMath.allocate(off, all.stream().mapToLong(this::left).toArray());
            Map<UUID, Long> bySku = new LinkedHashMap<>();
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0) {
                    bySku.put(all.get(i).skuId(), shares[i]);
                }
            }
            return bySku;
        }
    }
}
