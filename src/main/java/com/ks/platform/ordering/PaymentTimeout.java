package com.ks.platform.ordering;

import com.ks.platform.settings.SettingDefinition;
import com.ks.platform.settings.SettingDefinitions;
import com.ks.platform.settings.SettingKind;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How long a new order waits for payment: administrators set it on the settings page (5–1440 minutes), otherwise
 * {@code ks.ordering.payment-timeout}. Read at placement, so a change applies from the next order on; orders already
 * placed keep the deadline they were given.
 */
@Component
class PaymentTimeout implements SettingDefinitions {

    static final String KEY = "ordering.payment-timeout-minutes";

    private final Settings settings;
    private final BigDecimal propertyMinutes;

    PaymentTimeout(Settings settings, OrderingSettings properties) {
        this.settings = settings;
        this.propertyMinutes = BigDecimal.valueOf(properties.paymentTimeout().toMinutes());
    }

    Duration current() {
        return Duration.ofMinutes(settings.valueOr(KEY, propertyMinutes).longValueExact());
    }

    @Override
    public List<SettingDefinition> definitions() {
        return List.of(new SettingDefinition(
                KEY, "ordering", SettingKind.MINUTES, propertyMinutes, 5, 1440, "settings.label.paymentTimeout"));
    }
}
