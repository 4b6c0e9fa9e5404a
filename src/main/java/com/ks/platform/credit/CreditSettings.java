package com.ks.platform.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.credit.*}: the limits (a starter limit for young accounts that have bought, score tiers after that), the
 * statement and due day of the monthly bill, reminders, and installments (minimum amount, total fee rate per period
 * count). Checked at start-up.
 */
@ConfigurationProperties("ks.credit")
record CreditSettings(
        Duration establishedAfter,
        long starterLimitFen,
        List<Tier> tiers,
        int statementDay,
        int dueDay,
        int remindDaysBefore,
        Installments installments) {

    /** From {@code minScore} points on, the limit is {@code limitFen}. */
    record Tier(int minScore, long limitFen) {}

    /** Plans of 3, 6 or 12 periods from {@code minAmountFen}; a plan's whole fee is {@code feeRates[n]} × principal. */
    record Installments(long minAmountFen, Map<Integer, BigDecimal> feeRates) {}

    CreditSettings {
        establishedAfter = establishedAfter == null ? Duration.ofDays(30) : establishedAfter;
        starterLimitFen = starterLimitFen <= 0 ? 100_000L : starterLimitFen;
        tiers = tiers == null || tiers.isEmpty()
                ? List.of(
                        new Tier(0, 100_000L),
                        new Tier(40, 300_000L),
                        new Tier(70, 800_000L),
                        new Tier(100, 2_000_000L))
                : tiers.stream().sorted(Comparator.comparingInt(Tier::minScore)).toList();
        statementDay = statementDay == 0 ? 1 : statementDay;
        dueDay = dueDay == 0 ? 10 : dueDay;
        remindDaysBefore = remindDaysBefore == 0 ? 3 : remindDaysBefore;
        if (statementDay < 1 || dueDay > 28 || dueDay <= statementDay) {
            throw new IllegalArgumentException("ks.credit: need 1 <= statement-day < due-day <= 28");
        }
        Map<Integer, BigDecimal> rates = new TreeMap<>();
        if (installments != null && installments.feeRates() != null) {
            rates.putAll(installments.feeRates());
        } else {
            rates.put(3, new BigDecimal("0.025"));
            rates.put(6, new BigDecimal("0.045"));
            rates.put(12, new BigDecimal("0.08"));
        }
        rates.forEach((periods, rate) -> {
            if (!InstallmentSchedule.PERIOD_CHOICES.contains(periods)
                    || rate.signum() < 0
                    || rate.compareTo(new BigDecimal("0.5")) > 0) {
                throw new IllegalArgumentException("ks.credit.installments.fee-rates: periods 3/6/12, rate 0..0.5");
            }
        });
        long min = installments == null || installments.minAmountFen() <= 0 ? 30_000L : installments.minAmountFen();
        installments = new Installments(min, Map.copyOf(rates));
    }

    long limitFor(int score) {
        long limit = 0;
        for (Tier tier : tiers) {
            if (score >= tier.minScore()) {
                limit = tier.limitFen();
            }
        }
        return limit;
    }
}
