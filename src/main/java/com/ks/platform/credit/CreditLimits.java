package com.ks.platform.credit;

import com.ks.platform.settings.SettingDefinition;
import com.ks.platform.settings.SettingDefinitions;
import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The starter limit and each score tier's limit as administrators set them (¥0–¥1,000,000), falling back to
 * {@code ks.credit}; the tiers' scores stay in the properties. Read at each assessment, so a change applies to the
 * next limit computed. A higher tier may not grant less than a lower one.
 */
@Component
class CreditLimits implements SettingDefinitions {

    static final String STARTER_KEY = "credit.starter-limit-fen";
    private static final String TIER_PREFIX = "credit.tier-limit.";
    private static final long MAX_FEN = 100_000_000L;

    private final BiFunction<String, BigDecimal, BigDecimal> lookup;
    private final CreditSettings properties;

    @Autowired
    CreditLimits(Settings settings, CreditSettings properties) {
        this(settings::valueOr, properties);
    }

    private CreditLimits(BiFunction<String, BigDecimal, BigDecimal> lookup, CreditSettings properties) {
        this.lookup = lookup;
        this.properties = properties;
    }

    /** The properties alone, for scoring outside the application (unit tests). */
    static CreditLimits ofProperties(CreditSettings properties) {
        return new CreditLimits((key, propertyValue) -> propertyValue, properties);
    }

    static String tierKey(int minScore) {
        return TIER_PREFIX + minScore;
    }

    long starterLimitFen() {
        return lookup.apply(STARTER_KEY, BigDecimal.valueOf(properties.starterLimitFen()))
                .longValueExact();
    }

    long limitFor(int score) {
        long limit = 0;
        for (CreditSettings.Tier tier : properties.tiers()) {
            if (score >= tier.minScore()) {
                limit = lookup.apply(tierKey(tier.minScore()), BigDecimal.valueOf(tier.limitFen()))
                        .longValueExact();
            }
        }
        return limit;
    }

    @Override
    public List<SettingDefinition> definitions() {
        List<SettingDefinition> all = new ArrayList<>();
        all.add(new SettingDefinition(
                STARTER_KEY,
                "credit",
                SettingKind.FEN,
                BigDecimal.valueOf(properties.starterLimitFen()),
                0,
                MAX_FEN,
                "settings.label.creditStarter"));
        for (CreditSettings.Tier tier : properties.tiers()) {
            all.add(new SettingDefinition(
                    tierKey(tier.minScore()),
                    "credit",
                    SettingKind.FEN,
                    BigDecimal.valueOf(tier.limitFen()),
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(MAX_FEN),
                    "settings.label.creditTier",
                    List.of(String.valueOf(tier.minScore()))));
        }
        return all;
    }

    @Override
    public Optional<String> refusal(Function<String, BigDecimal> valueAfterChange) {
        BigDecimal previous = BigDecimal.ZERO;
        for (CreditSettings.Tier tier : properties.tiers()) {
            BigDecimal limit = valueAfterChange.apply(tierKey(tier.minScore()));
            if (limit.compareTo(previous) < 0) {
                return Optional.of("settings.error.tiersDescending");
            }
            previous = limit;
        }
        return Optional.empty();
    }
}
