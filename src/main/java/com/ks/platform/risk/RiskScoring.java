package com.ks.platform.risk;

import com.ks.platform.settings.SettingDefinition;
import com.ks.platform.settings.SettingDefinitions;
import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Each reason's weight (0–100) and the challenge and block scores (1–500) as administrators set them, falling back
 * to {@code ks.risk}. Read at each assessment, so a change applies to the next payment attempt. The block score
 * must stay above the challenge score, or no attempt would ever be challenged.
 */
@Component
class RiskScoring implements SettingDefinitions {

    static final String CHALLENGE_KEY = "risk.challenge-at";
    static final String BLOCK_KEY = "risk.block-at";
    private static final String WEIGHT_PREFIX = "risk.weight.";

    private final Settings settings;
    private final RiskSettings properties;

    RiskScoring(Settings settings, RiskSettings properties) {
        this.settings = settings;
        this.properties = properties;
    }

    static String weightKey(RiskReason reason) {
        return WEIGHT_PREFIX + reason.name();
    }

    int weight(RiskReason reason) {
        return settings.valueOr(weightKey(reason), BigDecimal.valueOf(properties.weight(reason)))
                .intValueExact();
    }

    int challengeAt() {
        return settings.valueOr(CHALLENGE_KEY, BigDecimal.valueOf(properties.challengeAt()))
                .intValueExact();
    }

    int blockAt() {
        return settings.valueOr(BLOCK_KEY, BigDecimal.valueOf(properties.blockAt()))
                .intValueExact();
    }

    @Override
    public List<SettingDefinition> definitions() {
        List<SettingDefinition> all = new ArrayList<>();
        all.add(score(CHALLENGE_KEY, properties.challengeAt(), "settings.label.riskChallengeAt"));
        all.add(score(BLOCK_KEY, properties.blockAt(), "settings.label.riskBlockAt"));
        for (RiskReason reason : RiskReason.values()) {
            all.add(new SettingDefinition(
                    weightKey(reason),
                    "risk",
                    SettingKind.POINTS,
                    BigDecimal.valueOf(properties.weight(reason)),
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(100),
                    reason.messageKey(),
                    List.of()));
        }
        return all;
    }

    @Override
    public Optional<String> refusal(Function<String, BigDecimal> valueAfterChange) {
        return valueAfterChange.apply(BLOCK_KEY).compareTo(valueAfterChange.apply(CHALLENGE_KEY)) > 0
                ? Optional.empty()
                : Optional.of("settings.error.blockAboveChallenge");
    }

    private static SettingDefinition score(String key, int propertyValue, String label) {
        return new SettingDefinition(key, "risk", SettingKind.POINTS, BigDecimal.valueOf(propertyValue), 1, 500, label);
    }
}
