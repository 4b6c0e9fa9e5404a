package com.ks.platform.settings;

import java.math.BigDecimal;
import java.time.Instant;

/** A setting as administrators see it: its current value, whether it was changed from the default, and its revision. */
public record SettingSummary(
        SettingDefinition definition, BigDecimal current, boolean changed, long revision, Instant changedAt) {}
