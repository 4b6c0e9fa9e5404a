package com.ks.platform.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Implemented by a module (as a Spring bean) to list the settings it reads through {@link Settings}; the settings
 * module never names the modules above it.
 */
public interface SettingDefinitions {

    List<SettingDefinition> definitions();

    /**
     * A message key refusing values that are each within range but do not fit together (a block score under the
     * challenge score), given every value as it would be after the change; empty when they fit.
     */
    default Optional<String> refusal(Function<String, BigDecimal> valueAfterChange) {
        return Optional.empty();
    }
}
