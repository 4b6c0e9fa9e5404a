package com.ks.platform.notification;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A mail to an address that is not (or no longer) the account's sign-in address — the new address of an e-mail
 * change must prove it is read, the old one is told of the change — so it goes neither to the inbox (where a
 * signed-in session could follow the link) nor through the outbox, which always mails the account's current address.
 * Sent once, right after the caller's transaction commits (never for a rolled-back command); a failure is logged
 * without the address and the person asks again. Not a door for people: identity's secured commands call it.
 */
@Component
public class AddressMail {

    private static final Logger log = LoggerFactory.getLogger(AddressMail.class);

    private final MailComposer composer;
    private final MailOutboxSender sender;

    AddressMail(MailComposer composer, MailOutboxSender sender) {
        this.composer = composer;
        this.sender = sender;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sendAfterCommit(String address, Locale locale, NoticeLink about, String messageKey, String... params) {
        OutgoingMail mail = composer.compose(
                new Notice(null, messageKey, List.of(params), null, false, about == null ? null : about.route()),
                new MailRecipient(address, locale));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                MailTransport transport = sender.smtpTransport();
                if (transport == null) {
                    log.info("E-mail is off: a {} mail was not sent", messageKey);
                    return;
                }
                try {
                    transport.send(mail);
                } catch (Exception failure) {
                    log.warn(
                            "A {} mail was not sent: {}",
                            messageKey,
                            failure.getClass().getSimpleName());
                }
            }
        });
    }
}
