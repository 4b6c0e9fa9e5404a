package com.ks.platform.settings;

import java.math.BigDecimal;
import java.util.List;

/**
 * One setting a module lets administrators change: its key, the group it is shown in, its kind, the default from the
 * module's {@code ks.*} properties, the allowed range (stored units, inclusive), and the bundle key naming it.
 */
public record SettingDefinition(
        String key,
        String group,
        SettingKind kind,
        BigDecimal defaultValue,
        BigDecimal min,
        BigDecimal max,
        String labelKey,
        List<String> labelArguments) {

    public SettingDefinition {
        labelArguments = labelArguments == null ? List.of() : List.copyOf(labelArguments);
        if (defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException("ks property for " + key + " is outside " + min + ".." + max);
        }
    }

    public SettingDefinition(
            String key, String group, SettingKind kind, BigDecimal defaultValue, long min, long max, String labelKey) {
        this(key, group, kind, defaultValue, BigDecimal.valueOf(min), BigDecimal.valueOf(max), labelKey, List.of());
    }

    boolean allows(BigDecimal value) {
        return value != null && kind.fits(value) && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
