package com.ks.platform.intrusion;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fragments of SQL injection, cross-site scripting and path traversal as attack tools send them. Detection only: the
 * app binds every SQL value (jOOQ) and escapes every text it renders, so a match says someone is trying, not that it
 * would work. Deliberately few and specific — a shopper writing "select a size" or "x<y" must not look like an attack.
 */
final class InjectionPatterns {

    /** Only the first characters of a value are looked at: a payload sits at its start, and a scan stays cheap. */
    private static final int LOOKED_AT = 2_000;

    private static final Map<String, Pattern> PATTERNS = Map.of(
            "sql-union", Pattern.compile("(?i)\\bunion\\b[\\s(/*]+(all[\\s(/*]+)?select\\b"),
            "sql-tautology", Pattern.compile("(?i)['\"]\\s*(or|and)\\s+['\"]?\\w+['\"]?\\s*=\\s*['\"]?\\w+"),
            "sql-stacked", Pattern.compile("(?i);\\s*(drop|truncate|alter|delete\\s+from|insert\\s+into)\\b"),
            "sql-timing", Pattern.compile("(?i)\\b(pg_sleep|sleep|benchmark|waitfor\\s+delay)\\s*\\("),
            "sql-catalog", Pattern.compile("(?i)\\binformation_schema\\b"),
            "xss-script", Pattern.compile("(?i)<\\s*script\\b"),
            "xss-handler", Pattern.compile("(?i)<[^>]*\\bon(error|load|mouseover|focus|toggle)\\s*="),
            "xss-url", Pattern.compile("(?i)javascript\\s*:"),
            "path-traversal", Pattern.compile("(\\.\\./){2,}|(?i)(%2e%2e%2f){2,}"));

    private InjectionPatterns() {}

    /** The name of the first pattern the value shows, if any. */
    static Optional<String> match(String value) {
        if (value == null || value.length() < 6) {
            return Optional.empty();
        }
        String lookedAt = value.length() > LOOKED_AT ? value.substring(0, LOOKED_AT) : value;
        return PATTERNS.entrySet().stream()
                .filter(entry -> entry.getValue().matcher(lookedAt).find())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst();
    }
}
