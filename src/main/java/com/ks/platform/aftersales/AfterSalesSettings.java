package com.ks.platform.aftersales;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.aftersales.*}: how long each side has to act before the case moves by itself, the quality-problem periods
 * per top-level category code (三包: e.g. a year for electronics; {@code default-quality-period} for the rest), how long
 * a return parcel is assumed to travel, and how often the deadline job runs.
 */
@ConfigurationProperties("ks.aftersales")
public record AfterSalesSettings(
        Duration merchantAnswer,
        Duration shopperShipBack,
        Duration returnTransit,
        Duration merchantReceipt,
        Duration defaultQualityPeriod,
        Map<String, Duration> qualityPeriods,
        Duration deadlineCheckInterval) {

    public AfterSalesSettings {
        merchantAnswer = merchantAnswer == null ? Duration.ofHours(48) : merchantAnswer;
        shopperShipBack = shopperShipBack == null ? Duration.ofDays(7) : shopperShipBack;
        returnTransit = returnTransit == null ? Duration.ofDays(3) : returnTransit;
        merchantReceipt = merchantReceipt == null ? Duration.ofDays(7) : merchantReceipt;
        defaultQualityPeriod = defaultQualityPeriod == null ? Duration.ofDays(15) : defaultQualityPeriod;
        qualityPeriods = qualityPeriods == null ? Map.of() : Map.copyOf(qualityPeriods);
        deadlineCheckInterval = deadlineCheckInterval == null ? Duration.ofMinutes(1) : deadlineCheckInterval;
    }

    /** The quality-problem period of goods in this top-level category. */
    public Duration qualityPeriod(String rootCategoryCode) {
        return rootCategoryCode == null
                ? defaultQualityPeriod
                : qualityPeriods.getOrDefault(rootCategoryCode, defaultQualityPeriod);
    }
}
