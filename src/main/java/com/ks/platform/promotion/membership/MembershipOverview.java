package com.ks.platform.promotion.membership;

import java.time.LocalDate;
import java.util.Map;

/**
 * The member centre's facts: the level in force, the rolling 12 months' spending, the next level and what is missing to
 * reach it (null at the top), every level's privileges, the birthday (null until given) and the birthday gift.
 */
public record MembershipOverview(
        MemberTier tier,
        long spentFen,
        MemberTier next,
        long toNextFen,
        Map<MemberTier, MembershipSettings.Tier> tiers,
        LocalDate birthday,
        boolean birthdayGiftThisYear,
        long birthdayPoints) {

    public MembershipSettings.Tier privileges() {
        return tiers.get(tier);
    }

    /** How far the spending has come from this level's threshold to the next one's, 0 to 1 (1 at the top). */
    public double progress() {
        if (next == null) {
            return 1;
        }
        long from = tiers.get(tier).thresholdFen();
        long to = tiers.get(next).thresholdFen();
        return Math.min(1, Math.max(0, (double) (spentFen - from) / (to - from)));
    }
}
