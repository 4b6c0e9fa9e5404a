package com.ks.platform.support.macros;

import java.util.EnumMap;
import java.util.Map;

/** What a ticket knows for a macro's placeholders; a value it does not know leaves its placeholder visible. */
public record MacroValues(Map<MacroPlaceholder, String> values) {

    public MacroValues {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    public static MacroValues none() {
        return new MacroValues(Map.of());
    }

    public MacroValues with(MacroPlaceholder placeholder, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Map<MacroPlaceholder, String> more = new EnumMap<>(MacroPlaceholder.class);
        more.putAll(values);
        more.put(placeholder, value);
        return new MacroValues(more);
    }
}
