package com.ks.platform.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reason in words, kept as a message key with its arguments so it is read in the reader's language ("因为…分配给…").
 * An argument that is itself a key ({@code support.…}) is translated too.
 */
public record Reason(String key, List<String> args) {

    private static final String ARG = "\u001f";
    private static final String NEXT = "\u001e";

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    static String encode(List<Reason> reasons) {
        List<String> parts = new ArrayList<>();
        for (Reason reason : reasons) {
            List<String> fields = new ArrayList<>();
            fields.add(reason.key());
            reason.args().forEach(a -> fields.add(a.replace(ARG, " ").replace(NEXT, " ")));
            parts.add(String.join(ARG, fields));
        }
        return String.join(NEXT, parts);
    }

    static List<Reason> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        for (String part : text.split(NEXT, -1)) {
            String[] fields = part.split(ARG, -1);
            reasons.add(new Reason(fields[0], Arrays.asList(fields).subList(1, fields.length)));
        }
        return reasons;
    }
}
