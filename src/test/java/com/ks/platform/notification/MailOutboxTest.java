package com.ks.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.notification.MailOutboxRepository.MailStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message centre keeps each person's messages to themselves; the mail outbox sends each mail at least once:
 * a refused send is retried later (with a growing wait) and sent when the server accepts it, in the reader's language.
 */
class MailOutboxTest extends KsIntegrationTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    MailOutboxSender sender;

    @Autowired
    MailOutboxRepository outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<OutgoingMail> delivered = new ArrayList<>();

    private record Person(String email, UUID id) {}

    private Person newPerson() {
        String email = uniqueEmail("reader");
        UUID id = accounts.registerShopper(new RegisterShopper(email, "读者", "good password 2026", true, false));
        return new Person(email, id);
    }

    private UUID notify(Person person, String key, String... params) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> notifications.send(person.id(), key, params));
        actAs(person.email());
        return notifications.myNotices(0, 1).getFirst().id();
    }

    private MailStatus mailOf(UUID noticeId) {
        return outbox.statusOfNotice(noticeId).orElseThrow();
    }

    @Test
    void one_shopper_never_sees_nor_reads_another_shoppers_messages() {
        Person alice = newPerson();
        Person bob = newPerson();
        UUID alicesNotice = notify(alice, "notice.credit.overdue", "120.00", "2026-12-01");

        actAs(bob.email());
        assertThat(notifications.myNotices(0, 50)).isEmpty();
        assertThat(notifications.countMine()).isZero();
        assertThat(notifications.markMineRead(alicesNotice)).isFalse();
        notifications.markAllMineRead();

        actAs(alice.email());
        assertThat(notifications.countMyUnread()).isEqualTo(1);
        assertThat(notifications.myNotices(0, 50)).extracting(Notice::id).containsExactly(alicesNotice);
        assertThat(notifications.markMineRead(alicesNotice)).isTrue();
        assertThat(notifications.countMyUnread()).isZero();
    }

    @Test
    void a_refused_send_is_retried_later_with_a_growing_wait_and_sent_once_the_server_accepts_it() {
        Person reader = newPerson();
        UUID notice = notify(reader, "notice.credit.reminder", "88.00", "2026-12-10", "3");
        // the database keeps microseconds: a whole millisecond, and one past the mail's own due time (written a moment
        // ago, possibly within this very millisecond)
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);

        assertThat(sender.sendDue(now, reader.id(), mail -> {
                    throw new IllegalStateException("421 try again later");
                }))
                .isZero();
        MailStatus first = mailOf(notice);
        assertThat(first.state()).isEqualTo(MailState.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.dueAt()).isAfterOrEqualTo(now.plus(Duration.ofMinutes(1)));
        // not due again before its wait is over
        assertThat(sender.sendDue(now.plusSeconds(30), reader.id(), delivered::add))
                .isZero();

        Instant later = first.dueAt().plusSeconds(1);
        assertThat(sender.sendDue(later, reader.id(), mail -> {
                    throw new IllegalStateException("421 try again later");
                }))
                .isZero();
        MailStatus second = mailOf(notice);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(Duration.between(later, second.dueAt())).isEqualTo(Duration.ofMinutes(2));

        assertThat(sender.sendDue(second.dueAt(), reader.id(), delivered::add)).isEqualTo(1);
        assertThat(mailOf(notice).state()).isEqualTo(MailState.SENT);
        assertThat(mailOf(notice).attempts()).isEqualTo(3);
        assertThat(delivered).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(reader.email());
            assertThat(mail.subject()).isEqualTo("【Ks 下单平台】先用后付通知");
            assertThat(mail.body()).contains("¥88.00 将于 2026-12-10 到期").contains("/account/messages");
        });
    }

    @Test
    void an_english_reader_gets_the_mail_in_english() {
        Person reader = newPerson();
        actAs(reader.email());
        accounts.changeMyLanguage(Locale.ENGLISH);
        notify(reader, "notice.credit.reminder", "88.00", "2026-12-10", "3");

        assertThat(sender.sendDue(Instant.now(), reader.id(), delivered::add)).isEqualTo(1);
        assertThat(delivered).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("[Ks Order Platform] Pay later (credit)");
            assertThat(mail.body()).contains("88.00").doesNotContain("账单");
        });
    }

    @Test
    void without_an_smtp_server_the_mail_is_skipped_and_the_message_stays_in_the_message_centre() {
        Person reader = newPerson();
        UUID notice = notify(reader, "notice.staff.accepted", "someone@test.ks");

        assertThat(sender.sendDue(Instant.now(), reader.id(), null)).isZero();

        assertThat(mailOf(notice).state()).isEqualTo(MailState.SKIPPED);
        assertThat(notifications.myNotices(0, 5)).extracting(Notice::id).containsExactly(notice);
    }
}
