package com.ks.platform.notification;

import java.util.Locale;

/** Where and in which language a person reads e-mail. */
public record MailRecipient(String email, Locale locale) {}
