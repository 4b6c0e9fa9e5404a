package com.ks.platform.notification;

import static com.ks.jooq.Tables.NOTIFICATION_MAIL;
import static com.ks.jooq.Tables.NOTIFICATION_NOTICE;
import static com.ks.jooq.Tables.NOTIFICATION_PREFERENCE;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The message centre and e-mail choices in a person's copy; all deleted on erasure (notices repeat other data). */
@Component
class NotificationPersonalData implements PersonalData {

    private final DSLContext db;

    NotificationPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category(
                        "messages",
                        db.select(
                                        NOTIFICATION_NOTICE.MESSAGE_KEY,
                                        NOTIFICATION_NOTICE.PARAMS,
                                        NOTIFICATION_NOTICE.CREATED_AT,
                                        NOTIFICATION_NOTICE.READ_AT)
                                .from(NOTIFICATION_NOTICE)
                                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))
                                .orderBy(NOTIFICATION_NOTICE.CREATED_AT)
                                .limit(10_000)
                                .fetchMaps()),
                new Category(
                        "messagePreferences",
                        db.select(NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.EMAIL_ENABLED)
                                .from(NOTIFICATION_PREFERENCE)
                                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                                .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.deleteFrom(NOTIFICATION_MAIL)
                .where(NOTIFICATION_MAIL.NOTICE_ID.in(db.select(NOTIFICATION_NOTICE.ID)
                        .from(NOTIFICATION_NOTICE)
                        .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))))
                .execute();
        db.deleteFrom(NOTIFICATION_NOTICE)
                .where(NOTIFICATION_NOTICE.ACCOUNT_ID.eq(accountId))
                .execute();
        db.deleteFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
