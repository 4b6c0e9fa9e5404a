package com.ks.platform.risk;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.risk.*}: the rules' thresholds and weights. An attempt's score is the sum of its reasons' weights; at
 * {@code challengeAt} the shopper confirms with their password, at {@code blockAt} the attempt is refused.
 */
@ConfigurationProperties("ks.risk")
public record RiskSettings(
        Duration velocityWindow,
        int maxAttemptsPerAccount,
        int maxAttemptsPerDevice,
        int maxAttemptsPerIp,
        int historySize,
        int historyMinimum,
        int amountMultiple,
        Duration newAccountAge,
        long newAccountLargeFen,
        Duration failureWindow,
        int maxFailures,
        Duration confirmationValidity,
        int maxWrongPasswords,
        int challengeAt,
        int blockAt,
        Map<RiskReason, Integer> weights) {

    public RiskSettings {
        velocityWindow = velocityWindow == null ? Duration.ofMinutes(10) : velocityWindow;
        maxAttemptsPerAccount = maxAttemptsPerAccount <= 0 ? 10 : maxAttemptsPerAccount;
        maxAttemptsPerDevice = maxAttemptsPerDevice <= 0 ? 8 : maxAttemptsPerDevice;
        maxAttemptsPerIp = maxAttemptsPerIp <= 0 ? 20 : maxAttemptsPerIp;
        historySize = historySize <= 0 ? 10 : historySize;
        historyMinimum = historyMinimum <= 0 ? 3 : historyMinimum;
        amountMultiple = amountMultiple <= 0 ? 5 : amountMultiple;
        newAccountAge = newAccountAge == null ? Duration.ofDays(3) : newAccountAge;
        newAccountLargeFen = newAccountLargeFen <= 0 ? 1_000_000 : newAccountLargeFen;
        failureWindow = failureWindow == null ? Duration.ofHours(24) : failureWindow;
        maxFailures = maxFailures <= 0 ? 3 : maxFailures;
        confirmationValidity = confirmationValidity == null ? Duration.ofMinutes(5) : confirmationValidity;
        maxWrongPasswords = maxWrongPasswords <= 0 ? 3 : maxWrongPasswords;
        challengeAt = challengeAt <= 0 ? 40 : challengeAt;
        blockAt = blockAt <= 0 ? 80 : blockAt;
        if (blockAt <= challengeAt) {
            throw new IllegalArgumentException("ks.risk.block-at must be above ks.risk.challenge-at");
        }
        Map<RiskReason, Integer> all = new EnumMap<>(RiskReason.class);
        for (RiskReason reason : RiskReason.values()) {
            all.put(reason, 40);
        }
        if (weights != null) {
            all.putAll(weights);
        }
        weights = Map.copyOf(all);
    }

    int weight(RiskReason reason) {
        return weights.get(reason);
    }
}
