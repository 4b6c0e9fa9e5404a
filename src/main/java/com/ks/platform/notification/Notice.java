package com.ks.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One message in a person's inbox: a translation key and its arguments, translated when shown (so it follows the
 * reader's language), and the route of what it is about, if anything.
 */
public record Notice(UUID id, String messageKey, List<String> params, Instant createdAt, boolean read, String link) {

    private static final String TRANSLATED = "i18n:";

    public NoticeKind kind() {
        return NoticeKind.of(messageKey);
    }

    /** The arguments to format the message with; those written as {@code i18n:key} are translated first. */
    public Object[] arguments(UnaryOperator<String> translate) {
        return params.stream()
                .map(p -> p.startsWith(TRANSLATED) ? translate.apply(p.substring(TRANSLATED.length())) : p)
                .toArray();
    }
}
