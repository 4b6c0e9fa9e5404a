package com.ks.platform.payment;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.settings.SettingDefinition;
import com.ks.platform.settings.SettingDefinitions;
import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The commission rate per top-level category as administrators set it (0–50 %), falling back to
 * {@code ks.payment.commission}: a category's own rate, else the default rate (itself changeable). Read for each paid
 * order, so a change applies from the next payment on.
 */
@Component
class CommissionSettings implements SettingDefinitions {

    static final String DEFAULT_KEY = "payment.commission-default";
    private static final String CATEGORY_PREFIX = "payment.commission.";
    private static final long MAX_RATE_PERCENT = 50;

    private final Settings settings;
    private final CommissionRates properties;
    private final CatalogQueries catalog;

    CommissionSettings(Settings settings, CommissionRates properties, CatalogQueries catalog) {
        this.settings = settings;
        this.properties = properties;
        this.catalog = catalog;
    }

    static String keyOf(String rootCategoryCode) {
        return CATEGORY_PREFIX + rootCategoryCode;
    }

    BigDecimal rateOf(String rootCategoryCode) {
        BigDecimal defaultRate = settings.valueOr(DEFAULT_KEY, properties.defaultRate());
        if (rootCategoryCode == null) {
            return defaultRate;
        }
        return settings.stored(keyOf(rootCategoryCode))
                .orElseGet(() -> properties.rates().getOrDefault(rootCategoryCode, defaultRate));
    }

    @Override
    public List<SettingDefinition> definitions() {
        List<SettingDefinition> all = new ArrayList<>();
        all.add(rate(DEFAULT_KEY, properties.defaultRate(), "settings.label.commissionDefault", List.of()));
        // a category without a rate of its own follows the default, as it is now
        BigDecimal defaultRate = settings.valueOr(DEFAULT_KEY, properties.defaultRate());
        for (Category root : catalog.categoryTree()) {
            all.add(rate(
                    keyOf(root.code()),
                    properties.rates().getOrDefault(root.code(), defaultRate),
                    "settings.label.commissionCategory",
                    List.of(root.nameZh(), root.nameEn())));
        }
        return all;
    }

    private static SettingDefinition rate(String key, BigDecimal propertyRate, String label, List<String> names) {
        return new SettingDefinition(
                key,
                "commission",
                SettingKind.RATE,
                propertyRate,
                BigDecimal.ZERO,
                BigDecimal.valueOf(MAX_RATE_PERCENT).movePointLeft(2),
                label,
                names);
    }
}
