package com.ks.platform.notification;

import com.ks.platform.notification.MailOutboxRepository.DueMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails, one node at a time (ShedLock). Each mail is claimed with a lease in its own short
 * transaction, sent outside any transaction, then marked SENT; a failed send is retried with exponential backoff and
 * marked FAILED after the last attempt. A crash after the SMTP server accepted a mail but before it was marked sends
 * it again when the lease lapses: at least once, never lost. Without {@code spring.mail.host} there is no
 * {@link JavaMailSender}: e-mail is off, and due mails are marked SKIPPED so that switching it on later does not
 * deliver stale news.
 */
@Component
class MailOutboxSender {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final MailOutboxRepository outbox;
    private final NoticeRepository notices;
    private final PreferenceRepository preferences;
    private final MailRecipients recipients;
    private final MailComposer composer;
    private final NotificationSettings.Mail settings;
    private final JavaMailSender smtp;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailOutboxSender(
            MailOutboxRepository outbox,
            NoticeRepository notices,
            PreferenceRepository preferences,
            ObjectProvider<MailRecipients> recipients,
            MailComposer composer,
            NotificationSettings settings,
            ObjectProvider<JavaMailSender> smtp,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.notices = notices;
        this.preferences = preferences;
        this.recipients = recipients.getIfAvailable(() -> accountId -> Optional.empty());
        this.composer = composer;
        this.settings = settings.mail();
        this.smtp = smtp.getIfAvailable();
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        if (this.smtp == null) {
            log.info("E-mail is off: spring.mail.host is not set. Notices reach the message centre only; "
                    + "their mails are marked SKIPPED.");
        }
    }

    @Scheduled(
            fixedDelayString = "${ks.notification.mail.poll-interval:PT15S}",
            initialDelayString = "${ks.notification.mail.poll-interval:PT15S}")
    @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT10M")
    void run() {
        sendDue(clock.instant(), null, smtpTransport());
    }

    /** The SMTP server's transport; null when e-mail is off. */
    MailTransport smtpTransport() {
        return smtp == null ? null : this::sendBySmtp;
    }

    /**
     * Sends the mails due at {@code now}, of every account or only one (tests send their own without touching anyone
     * else's); {@code transport} null means e-mail is off. @return mails sent
     */
    int sendDue(Instant now, UUID onlyAccount, MailTransport transport) {
        int sent = 0;
        for (DueMail mail : outbox.due(now, onlyAccount, BATCH)) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> outbox.claim(mail, now.plus(settings.lease()))))) {
                sent += deliver(mail, transport, now) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean deliver(DueMail mail, MailTransport transport, Instant now) {
        Optional<Notice> notice = notices.find(mail.noticeId());
        Optional<MailRecipient> to = recipients.find(mail.accountId());
        // the person may have switched this kind off after the notice was written
        if (transport == null
                || notice.isEmpty()
                || to.isEmpty()
                || !preferences.emailWanted(mail.accountId(), notice.get().kind())) {
            finish(mail, MailState.SKIPPED, mail.attempts(), now);
            return false;
        }
        int attempts = mail.attempts() + 1;
        try {
            transport.send(composer.compose(notice.get(), to.get()));
        } catch (Exception failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (attempts >= settings.maxAttempts()) {
                log.warn("Mail {} failed for good after {} attempt(s): {}", mail.id(), attempts, error);
                transactions.executeWithoutResult(tx -> outbox.fail(mail.id(), attempts, error));
            } else {
                Instant retry = now.plus(settings.backoff(attempts));
                log.info("Mail {} not sent (attempt {}), retrying at {}: {}", mail.id(), attempts, retry, error);
                transactions.executeWithoutResult(tx -> outbox.retryAt(mail.id(), attempts, retry, error));
            }
            return false;
        }
        finish(mail, MailState.SENT, attempts, now);
        return true;
    }

    private void finish(DueMail mail, MailState state, int attempts, Instant now) {
        transactions.executeWithoutResult(tx -> outbox.finish(mail.id(), state, attempts, now));
    }

    private void sendBySmtp(OutgoingMail mail) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        smtp.send(message);
    }
}
