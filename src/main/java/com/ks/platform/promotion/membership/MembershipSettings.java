package com.ks.platform.promotion.membership;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.promotion.membership.*}: per level ({@code tiers.SILVER.threshold-fen} …) the rolling-12-month spending that
 * reaches it, the member discount in percent, the goods amount above which a shop's shipping is free (null: no such
 * privilege), and whether its tickets are served first; {@code birthday-points} is the yearly birthday gift.
 */
@ConfigurationProperties("ks.promotion.membership")
public record MembershipSettings(Map<MemberTier, Tier> tiers, Long birthdayPoints) {

    public record Tier(long thresholdFen, int discountPercent, Long freeShippingOverFen, boolean priorityService) {

        public Tier {
            if (thresholdFen < 0 || discountPercent < 0 || discountPercent > 30) {
                throw new IllegalArgumentException("ks.promotion.membership: a threshold or discount is out of range");
            }
        }
    }

    public MembershipSettings {
        Map<MemberTier, Tier> all = new EnumMap<>(MemberTier.class);
        all.put(MemberTier.REGULAR, new Tier(0, 0, null, false));
        all.put(MemberTier.SILVER, new Tier(100_000, 2, 9_900L, false));
        all.put(MemberTier.GOLD, new Tier(500_000, 5, 4_900L, true));
        all.put(MemberTier.DIAMOND, new Tier(2_000_000, 8, 0L, true));
        if (tiers != null) {
            all.putAll(tiers);
        }
        long previous = -1;
        for (Tier tier : all.values()) {
            if (tier.thresholdFen() <= previous) {
                throw new IllegalArgumentException("ks.promotion.membership: thresholds must rise level by level");
            }
            previous = tier.thresholdFen();
        }
        tiers = Map.copyOf(all);
        birthdayPoints = birthdayPoints == null ? 200L : birthdayPoints;
    }

    public Tier of(MemberTier tier) {
        return tiers.get(tier);
    }

    /** The highest level whose threshold the spending reaches. */
    public MemberTier tierFor(long spentFen) {
        MemberTier reached = MemberTier.REGULAR;
        for (MemberTier tier : MemberTier.values()) {
            if (spentFen >= tiers.get(tier).thresholdFen()) {
                reached = tier;
            }
        }
        return reached;
    }
}
