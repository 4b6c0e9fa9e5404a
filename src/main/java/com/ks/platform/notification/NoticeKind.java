package com.ks.platform.notification;

import java.util.Arrays;

/**
 * The kinds of message a person can choose channels for, told apart by the message key's prefix, so the modules that
 * send notices need not name a kind ({@code notice.order.shipped} is an order message).
 */
public enum NoticeKind {
    ORDER("notice.order."),
    AFTERSALES("notice.aftersales."),
    /** Messages written in an after-sales case's conversation (a person may want these by e-mail, or not). */
    AFTERSALES_MESSAGE("notice.aftersalesMessage."),
    CREDIT("notice.credit."),
    SUPPORT("notice.support."),
    SHOP("notice.decision.", "notice.documentExpiring", "notice.reverificationDue", "notice.staff."),
    /** Sign-in and account security (a changed password): always e-mailed too, so a stranger's change is noticed. */
    SECURITY("notice.security."),
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

    /** Whether the e-mail copy is the person's choice (false: it is always sent). */
    public boolean emailOptional() {
        return this != SECURITY;
    }

    /** The translation key of the kind's name (preferences, mail subjects). */
    public String labelKey() {
        return "messages.kind." + name();
    }
}
