package com.ks.platform.notification;

import static com.ks.jooq.Tables.NOTIFICATION_PREFERENCE;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** E-mail on or off per account and kind; a kind without a row has e-mail on. */
@Repository
class PreferenceRepository {

    private final DSLContext db;

    PreferenceRepository(DSLContext db) {
        this.db = db;
    }

    Map<NoticeKind, Boolean> emailChoices(UUID accountId) {
        Map<NoticeKind, Boolean> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.emailOptional()) {
                choices.put(kind, true);
            }
        }
        db.selectFrom(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .forEach(r ->
                        choices.computeIfPresent(NoticeKind.valueOf(r.getKind()), (kind, on) -> r.getEmailEnabled()));
        return choices;
    }

    boolean emailWanted(UUID accountId, NoticeKind kind) {
        if (!kind.emailOptional()) {
            return true;
        }
        Boolean enabled = db.select(NOTIFICATION_PREFERENCE.EMAIL_ENABLED)
                .from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name()))
                .fetchOne(NOTIFICATION_PREFERENCE.EMAIL_ENABLED);
        return enabled == null || enabled;
    }

    void setEmail(UUID accountId, NoticeKind kind, boolean enabled, Instant now) {
        int updated = db.update(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.EMAIL_ENABLED, enabled)
                .set(NOTIFICATION_PREFERENCE.UPDATED_AT, now)
                .where(NOTIFICATION_PREFERENCE.ACCOUNT_ID.eq(accountId))
                .and(NOTIFICATION_PREFERENCE.KIND.eq(kind.name()))
                .execute();
        if (updated == 0) {
            db.insertInto(NOTIFICATION_PREFERENCE)
                    .set(NOTIFICATION_PREFERENCE.ACCOUNT_ID, accountId)
                    .set(NOTIFICATION_PREFERENCE.KIND, kind.name())
                    .set(NOTIFICATION_PREFERENCE.EMAIL_ENABLED, enabled)
                    .set(NOTIFICATION_PREFERENCE.UPDATED_AT, now)
                    .onConflictDoNothing()
                    .execute();
        }
    }
}
