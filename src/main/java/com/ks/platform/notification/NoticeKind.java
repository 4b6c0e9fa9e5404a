package com.ks.platform.notification;

import java.util.Arrays;

/**
 * The kinds of message a person can choose channels for, told apart by the message key's prefix, so the modules that
 * send notices need not name a kind ({@code notice.order.shipped} is an order message).
 */
public enum NoticeKind {
    ORDER("notice.order."),
    AFTERSALES("notice.aftersales."),
    CREDIT("notice.credit."),
    SUPPORT("notice.support."),
    SHOP("notice.decision.", "notice.documentExpiring", "notice.reverificationDue", "notice.staff."),
    OTHER;

    private final String[] keyPrefixes;

    NoticeKind(String... keyPrefixes) {
        this.keyPrefixes = keyPrefixes;
    }

    public static NoticeKind of(String messageKey) {
        return Arrays.stream(values())
                .filter(kind -> Arrays.stream(kind.keyPrefixes).anyMatch(messageKey::startsWith))
                .findFirst()
                .orElse(OTHER);
    }

    /** The translation key of the kind's name (preferences, mail subjects). */
    public String labelKey() {
        return "messages.kind." + name();
    }
}
