package com.ks.platform.payment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.payment.commission.*}: the platform's commission as an exact fraction of what a line costs the shopper, per
 * top-level category code ({@code rates.DIGITAL: 0.03}), otherwise {@code default-rate}. Checked at start-up: each rate
 * between 0 and 1 with at most 4 decimals, so a typo cannot take more than a line is worth.
 */
@ConfigurationProperties("ks.payment.commission")
public record CommissionRates(BigDecimal defaultRate, Map<String, BigDecimal> rates) {

    private static final int MAX_SCALE = 4;

    public CommissionRates {
        defaultRate = checked("default-rate", defaultRate == null ? new BigDecimal("0.05") : defaultRate);
        Map<String, BigDecimal> byCode = new HashMap<>();
        if (rates != null) {
            rates.forEach((code, rate) -> byCode.put(code.strip().toUpperCase(Locale.ROOT), checked(code, rate)));
        }
        rates = Map.copyOf(byCode);
    }

    /** The rate of a top-level category code (the default for a code without its own rate, or none). */
    public BigDecimal rateOf(String rootCategoryCode) {
        return rootCategoryCode == null ? defaultRate : rates.getOrDefault(rootCategoryCode, defaultRate);
    }

    private static BigDecimal checked(String name, BigDecimal rate) {
        if (rate == null
                || rate.signum() < 0
                || rate.compareTo(BigDecimal.ONE) > 0
                || rate.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "ks.payment.commission rate " + name + " must be 0..1 with at most 4 decimals: " + rate);
        }
        return rate;
    }
}
