package com.ks.platform.compliance;

import java.util.Map;

/** Free text a person typed: required, at most 2000 characters, no control characters but line breaks. */
public final class Texts {

    static final int MAX = 2000;

    private Texts() {}

    /** The stripped text, or null with the field's error added. */
    public static String required(String value, String field, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "error.required");
            return null;
        }
        if (text.length() > MAX || text.chars().anyMatch(c -> c != '\n' && c != '\r' && Character.isISOControl(c))) {
            errors.put(field, "error.length");
            return null;
        }
        return text;
    }
}
