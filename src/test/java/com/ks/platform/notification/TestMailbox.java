package com.ks.platform.notification;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Sends one account's due mails now through the configured SMTP server (GreenMail in tests), as the sender job would
 * — tests of other modules use it instead of waiting for the job (which the test profile keeps idle).
 */
public final class TestMailbox {

    private TestMailbox() {}

    public static int sendMailsOf(ApplicationContext context, UUID accountId) {
        MailOutboxSender sender = context.getBean(MailOutboxSender.class);
        return sender.sendDue(Instant.now(), accountId, sender.smtpTransport());
    }
}
