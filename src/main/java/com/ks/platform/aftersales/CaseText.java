package com.ks.platform.aftersales;

import com.ks.platform.shared.RuleViolated;
import java.util.Map;

/** Free text typed on a case (descriptions, reasons, notes): trimmed, blank as absent, refused when too long. */
final class CaseText {

    static final int MAX_TEXT = 500;

    private CaseText() {}

    static String clean(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new RuleViolated(Map.of(field, "error.aftersales.tooLong"));
        }
        return trimmed;
    }

    /** A reason that must be given: absent → {@code requiredKey} on {@code field}. */
    static String required(String text, String field, String requiredKey) {
        String cleaned = clean(text, MAX_TEXT, field);
        if (cleaned == null) {
            throw new RuleViolated(Map.of(field, requiredKey));
        }
        return cleaned;
    }
}
