package com.ks.platform.notification;

import static com.ks.jooq.Tables.NOTIFICATION_MAIL;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class MailOutboxRepository {

    private static final int MAX_ERROR_LENGTH = 500;

    /** A due mail with the account it goes to and the attempts made so far. */
    record DueMail(UUID id, UUID noticeId, UUID accountId, int attempts, Instant dueAt) {}

    record MailStatus(MailState state, int attempts, Instant dueAt) {}

    private final DSLContext db;

    MailOutboxRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID noticeId, Instant now) {
        db.insertInto(NOTIFICATION_MAIL)
                .set(NOTIFICATION_MAIL.ID, id)
                .set(NOTIFICATION_MAIL.NOTICE_ID, noticeId)
                .set(NOTIFICATION_MAIL.STATE, MailState.PENDING.name())
                .set(NOTIFICATION_MAIL.ATTEMPTS, 0)
                .set(NOTIFICATION_MAIL.DUE_AT, now)
                .set(NOTIFICATION_MAIL.CREATED_AT, now)
                .execute();
    }

    List<DueMail> due(Instant now, UUID onlyAccount, int limit) {
        var condition = NOTIFICATION_MAIL.STATE.eq(MailState.PENDING.name()).and(NOTIFICATION_MAIL.DUE_AT.le(now));
        if (onlyAccount != null) {
            condition = condition.and(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(onlyAccount));
        }
        return db.select(
                        NOTIFICATION_MAIL.ID,
                        NOTIFICATION_MAIL.NOTICE_ID,
                        NOTIFICATION_NOTICE.ACCOUNT_ID,
                        NOTIFICATION_MAIL.ATTEMPTS,
                        NOTIFICATION_MAIL.DUE_AT)
                .from(NOTIFICATION_MAIL)
                .join(NOTIFICATION_NOTICE)
                .on(NOTIFICATION_NOTICE.ID.eq(NOTIFICATION_MAIL.NOTICE_ID))
                .where(condition)
                .orderBy(NOTIFICATION_MAIL.DUE_AT)
                .limit(limit)
                .fetch(r -> new DueMail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Takes a due mail for one send: wins only if nobody moved it since it was read, and leases it until
     * {@code leaseUntil} (a sender that dies mid-send leaves it to be sent again then: at least once, never lost).
     */
    boolean claim(DueMail mail, Instant leaseUntil) {
        return db.update(NOTIFICATION_MAIL)
                        .set(NOTIFICATION_MAIL.DUE_AT, leaseUntil)
                        .where(NOTIFICATION_MAIL.ID.eq(mail.id()))
                        .and(NOTIFICATION_MAIL.STATE.eq(MailState.PENDING.name()))
                        .and(NOTIFICATION_MAIL.DUE_AT.eq(mail.dueAt()))
                        .execute()
                == 1;
    }

    void finish(UUID id, MailState state, int attempts, Instant now) {
        db.update(NOTIFICATION_MAIL)
                .set(NOTIFICATION_MAIL.STATE, state.name())
                .set(NOTIFICATION_MAIL.ATTEMPTS, attempts)
                .set(NOTIFICATION_MAIL.SENT_AT, state == MailState.SENT ? now : null)
                .where(NOTIFICATION_MAIL.ID.eq(id))
                .execute();
    }

    void retryAt(UUID id, int attempts, Instant dueAt, String error) {
        db.update(NOTIFICATION_MAIL)
                .set(NOTIFICATION_MAIL.ATTEMPTS, attempts)
                .set(NOTIFICATION_MAIL.DUE_AT, dueAt)
                .set(NOTIFICATION_MAIL.LAST_ERROR, shorten(error))
                .where(NOTIFICATION_MAIL.ID.eq(id))
                .execute();
    }

    void fail(UUID id, int attempts, String error) {
        db.update(NOTIFICATION_MAIL)
                .set(NOTIFICATION_MAIL.STATE, MailState.FAILED.name())
                .set(NOTIFICATION_MAIL.ATTEMPTS, attempts)
                .set(NOTIFICATION_MAIL.LAST_ERROR, shorten(error))
                .where(NOTIFICATION_MAIL.ID.eq(id))
                .execute();
    }

    /** Where the mail of a notice stands (tests and support look-ups). */
    Optional<MailStatus> statusOfNotice(UUID noticeId) {
        return db.select(NOTIFICATION_MAIL.STATE, NOTIFICATION_MAIL.ATTEMPTS, NOTIFICATION_MAIL.DUE_AT)
                .from(NOTIFICATION_MAIL)
                .where(NOTIFICATION_MAIL.NOTICE_ID.eq(noticeId))
                .fetchOptional(r -> new MailStatus(MailState.valueOf(r.value1()), r.value2(), r.value3()));
    }

    private static String shorten(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
