package com.ks.platform.notification;

/** Where an outbox mail stands. */
enum MailState {
    /** Not yet sent; due at its {@code due_at} (a sender's claim or a retry moves that into the future). */
    PENDING,
    SENT,
    /** Gave up after the last attempt. */
    FAILED,
    /** Not sent on purpose: e-mail is off (no SMTP host), the person switched it off, or has no address. */
    SKIPPED
}
