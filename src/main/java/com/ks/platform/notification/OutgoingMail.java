package com.ks.platform.notification;

/** One rendered e-mail, in the recipient's language. */
record OutgoingMail(String to, String subject, String body) {}
