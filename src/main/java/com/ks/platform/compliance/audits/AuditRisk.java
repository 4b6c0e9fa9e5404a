package com.ks.platform.compliance.audits;

import com.ks.platform.compliance.Rating;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How likely an audit is to find something, as a sampling weight: every merchant starts at 1; a lower grade adds up to
 * 4 (B 1 … E 4), complaints counted in its rating add 2, a category where goods touch health (food, beauty, mother and
 * baby) adds 2, and a shop opened in the last 90 days adds 2. The reasons are kept on the task ("GRADE:D", …).
 */
final class AuditRisk {

    record Weight(int weight, List<String> reasons) {}

    static final Set<BusinessCategory> SENSITIVE =
            Set.of(BusinessCategory.FOOD, BusinessCategory.BEAUTY, BusinessCategory.MOTHER_BABY);
    static final Duration NEW_SHOP = Duration.ofDays(90);

    private AuditRisk() {}

    static Weight of(MerchantSummary merchant, Optional<Rating> rating, Instant now) {
        int weight = 1;
        List<String> reasons = new ArrayList<>();
        if (rating.isPresent()) {
            int steps = rating.get().grade().charAt(0) - 'A';
            if (steps > 0) {
                weight += steps;
                reasons.add("GRADE:" + rating.get().grade());
            }
            boolean complaints = rating.get().components().stream()
                    .anyMatch(c -> c.source().equals("complaints") && c.points() < 100);
            if (complaints) {
                weight += 2;
                reasons.add("COMPLAINTS");
            }
        }
        if (merchant.businessCategory() != null && SENSITIVE.contains(merchant.businessCategory())) {
            weight += 2;
            reasons.add("CATEGORY:" + merchant.businessCategory().name());
        }
        if (merchant.createdAt() != null && merchant.createdAt().isAfter(now.minus(NEW_SHOP))) {
            weight += 2;
            reasons.add("NEW");
        }
        return new Weight(weight, List.copyOf(reasons));
    }
}
