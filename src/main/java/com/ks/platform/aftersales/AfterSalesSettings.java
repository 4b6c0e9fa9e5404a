package com.ks.platform.aftersales;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.aftersales.*}: how long each side has to act before the case moves by itself, the quality-problem periods
 * per top-level category code (三包: e.g. a year for electronics; {@code default-quality-period} for the rest), how long
 * a return parcel is assumed to travel, how long a shopper has to answer a partial-refund proposal and to ask the
 * platform to step in after a refusal, and how often the deadline job runs.
 */
@ConfigurationProperties("ks.aftersales")
public record AfterSalesSettings(
        Duration merchantAnswer,
        Duration shopperShipBack,
        Duration returnTransit,
        Duration merchantReceipt,
        Duration defaultQualityPeriod,
        Map<String, Duration> qualityPeriods,
        Duration exchangePeriod,
        Duration repairPeriod,
        Duration shopperConfirm,
        Duration deadlineCheckInterval,
        Duration proposalAnswer,
        Duration escalationWindow) {

    public AfterSalesSettings {
        merchantAnswer = merchantAnswer == null ? Duration.ofHours(48) : merchantAnswer;
        shopperShipBack = shopperShipBack == null ? Duration.ofDays(7) : shopperShipBack;
        returnTransit = returnTransit == null ? Duration.ofDays(3) : returnTransit;
        merchantReceipt = merchantReceipt == null ? Duration.ofDays(7) : merchantReceipt;
        defaultQualityPeriod = defaultQualityPeriod == null ? Duration.ofDays(15) : defaultQualityPeriod;
        qualityPeriods = qualityPeriods == null ? Map.of() : Map.copyOf(qualityPeriods);
        exchangePeriod = exchangePeriod == null ? Duration.ofDays(15) : exchangePeriod;
        repairPeriod = repairPeriod == null ? Duration.ofDays(365) : repairPeriod;
        shopperConfirm = shopperConfirm == null ? Duration.ofDays(10) : shopperConfirm;
        deadlineCheckInterval = deadlineCheckInterval == null ? Duration.ofMinutes(1) : deadlineCheckInterval;
        proposalAnswer = proposalAnswer == null ? Duration.ofDays(3) : proposalAnswer;
        escalationWindow = escalationWindow == null ? Duration.ofDays(7) : escalationWindow;
    }

    /** The periods that apply to goods in this top-level category. */
    public Eligibility.Periods periods(String rootCategoryCode) {
        return new Eligibility.Periods(qualityPeriod(rootCategoryCode), exchangePeriod, repairPeriod);
    }

    /** The quality-problem period of goods in this top-level category. */
    public Duration qualityPeriod(String rootCategoryCode) {
        return rootCategoryCode == null
                ? defaultQualityPeriod
                : qualityPeriods.getOrDefault(rootCategoryCode, defaultQualityPeriod);
    }
}
