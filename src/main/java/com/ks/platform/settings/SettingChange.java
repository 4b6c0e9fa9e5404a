package com.ks.platform.settings;

import java.math.BigDecimal;
import java.time.Instant;

/** One change in the history; {@code oldValue} is null when the setting left its property default. */
public record SettingChange(
        String key, BigDecimal oldValue, BigDecimal newValue, String changedBy, Instant changedAt, String reason) {}
