package com.ks.platform.ordering;

import java.util.Set;
import java.util.UUID;

/** Which benefits the shopper wants: the suggested best combination, or exactly these (none: an empty set). */
public record BenefitChoice(boolean suggest, Set<UUID> chosen) {

    public BenefitChoice {
        chosen = chosen == null ? Set.of() : Set.copyOf(chosen);
    }

    public static BenefitChoice suggested() {
        return new BenefitChoice(true, Set.of());
    }

    public static BenefitChoice exactly(Set<UUID> chosen) {
        return new BenefitChoice(false, chosen);
    }

    public static BenefitChoice none() {
        return exactly(Set.of());
    }
}
