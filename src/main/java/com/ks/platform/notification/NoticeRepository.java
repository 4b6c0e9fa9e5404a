package com.ks.platform.notification;

import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;

import com.ks.jooq.tables.records.NotificationNoticeRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class NoticeRepository {

    /** Unit separator: cannot occur in the text we put into notices. */
    private static final String SEPARATOR = "\u001F";

    private final DSLContext db;

    NoticeRepository(DSLContext db) {
        this.db = db;
    }

    void insert(
            UUID id,
            UUID accountId,
            String messageKey,
            List<String> params,
            String link,
            String dedupeKey,
            Instant now) {
        db.insertInto(NOTIFICATION_NOTICE)
                .set(NOTIFICATION_NOTICE.ID, id)
                .set(NOTIFICATION_NOTICE.ACCOUNT_ID, accountId)
                .set(NOTIFICATION_NOTICE.MESSAGE_KEY, messageKey)
                .set(
                        NOTIFICATION_NOTICE.PARAMS,
                        String.join(
                                SEPARATOR,
                                params.stream()
                                        .map(p -> p.replace(SEPARATOR, " "))
                                        .toList()))
                .set(NOTIFICATION_NOTICE.LINK, link)
                .set(NOTIFICATION_NOTICE.DEDUPE_KEY, dedupeKey)
                .set(NOTIFICATION_NOTICE.CREATED_AT, now)
                .execute();
    }

    int countSince(UUID accountId, String messageKey, Instant since) {
        return db.fetchCount(
                NOTIFICATION_NOTICE,
                NOTIFICATION_NOTICE
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(NOTIFICATION_NOTICE.MESSAGE_KEY.eq(messageKey))
                        .and(NOTIFICATION_NOTICE.CREATED_AT.ge(since)));
    }

    boolean dedupeKeyExists(String dedupeKey) {
        return db.fetchExists(NOTIFICATION_NOTICE, NOTIFICATION_NOTICE.DEDUPE_KEY.eq(dedupeKey));
    }

    List<Notice> pageFor(UUID accountId, int offset, int limit) {
        return db.selectFrom(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))
                .orderBy(NOTIFICATION_NOTICE.CREATED_AT.desc(), NOTIFICATION_NOTICE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(NoticeRepository::toNotice);
    }

    Optional<Notice> find(UUID id) {
        return db.selectFrom(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.ID.eq(id))
                .fetchOptional(NoticeRepository::toNotice);
    }

    private static Notice toNotice(NotificationNoticeRecord r) {
        return new Notice(
                r.getId(),
                r.getMessageKey(),
                r.getParams() == null || r.getParams().isEmpty()
                        ? List.of()
                        : Arrays.asList(r.getParams().split(SEPARATOR, -1)),
                r.getCreatedAt(),
                r.getReadAt() != null,
                r.getLink());
    }

    /** Only the owner's notice: another account's id changes nothing. */
    boolean markRead(UUID accountId, UUID noticeId, Instant now) {
        return db.update(NOTIFICATION_NOTICE)
                        .set(NOTIFICATION_NOTICE.READ_AT, now)
                        .where(NOTIFICATION_NOTICE.ID.eq(noticeId))
                        .and(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))
                        .and(NOTIFICATION_NOTICE.READ_AT.isNull())
                        .execute()
                == 1;
    }

    int countFor(UUID accountId, boolean unreadOnly) {
        var condition = NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId);
        if (unreadOnly) {
            condition = condition.and(NOTIFICATION_NOTICE.READ_AT.isNull());
        }
        return db.fetchCount(NOTIFICATION_NOTICE, condition);
    }

    void markAllRead(UUID accountId, Instant now) {
        db.update(NOTIFICATION_NOTICE)
                .set(NOTIFICATION_NOTICE.READ_AT, now)
                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))
                .and(NOTIFICATION_NOTICE.READ_AT.isNull())
                .execute();
    }
}
