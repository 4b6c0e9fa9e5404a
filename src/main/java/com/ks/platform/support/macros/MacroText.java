package com.ks.platform.support.macros;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A macro body's placeholders: the names it uses that no placeholder has, and the body filled in for a ticket. */
final class MacroText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{1,30})}");

    private MacroText() {}

    static Set<String> unknownPlaceholders(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            if (MacroPlaceholder.named(matcher.group(1)).isEmpty()) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        return unknown;
    }

    static String render(String body, MacroValues values) {
        return PLACEHOLDER
                .matcher(body)
                .replaceAll(match -> Matcher.quoteReplacement(MacroPlaceholder.named(match.group(1))
                        .map(values.values()::get)
                        .orElse(match.group())));
    }
}
