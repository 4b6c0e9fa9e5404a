package com.ks.platform.settings;

import static com.ks.jooq.Tables.SETTINGS_CHANGE;
import static com.ks.jooq.Tables.SETTINGS_CURRENT;

import com.ks.jooq.tables.records.SettingsCurrentRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

    private final DSLContext db;

    SettingsRepository(DSLContext db) {
        this.db = db;
    }

    Optional<BigDecimal> stored(String key) {
        return db.select(SETTINGS_CURRENT.SETTING_TEXT)
                .from(SETTINGS_CURRENT)
                .where(SETTINGS_CURRENT.SETTING_KEY.eq(key))
                .fetchOptional(SETTINGS_CURRENT.SETTING_TEXT)
                .map(BigDecimal::new);
    }

    Map<String, SettingsCurrentRecord> all() {
        return db.selectFrom(SETTINGS_CURRENT).fetch().stream()
                .collect(Collectors.toMap(SettingsCurrentRecord::getSettingKey, r -> r));
    }

    /** The first change away from the default; false when another administrator's first change came first. */
    boolean insertFirst(String key, BigDecimal value, Instant now) {
        return db.insertInto(SETTINGS_CURRENT)
                        .set(SETTINGS_CURRENT.SETTING_KEY, key)
                        .set(SETTINGS_CURRENT.SETTING_TEXT, value.toPlainString())
                        .set(SETTINGS_CURRENT.REVISION, 1L)
                        .set(SETTINGS_CURRENT.CHANGED_AT, now)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** Changes the value only if it is still at {@code revision}; false when someone changed it in between. */
    boolean update(String key, BigDecimal value, long revision, Instant now) {
        return db.update(SETTINGS_CURRENT)
                        .set(SETTINGS_CURRENT.SETTING_TEXT, value.toPlainString())
                        .set(SETTINGS_CURRENT.REVISION, revision + 1)
                        .set(SETTINGS_CURRENT.CHANGED_AT, now)
                        .where(SETTINGS_CURRENT.SETTING_KEY.eq(key))
                        .and(SETTINGS_CURRENT.REVISION.eq(revision))
                        .execute()
                == 1;
    }

    void recordChange(SettingChange change, UUID id, UUID actorId) {
        db.insertInto(SETTINGS_CHANGE)
                .set(SETTINGS_CHANGE.ID, id)
                .set(SETTINGS_CHANGE.SETTING_KEY, change.key())
                .set(
                        SETTINGS_CHANGE.OLD_TEXT,
                        change.oldValue() == null ? null : change.oldValue().toPlainString())
                .set(SETTINGS_CHANGE.NEW_TEXT, change.newValue().toPlainString())
                .set(SETTINGS_CHANGE.CHANGED_BY, actorId)
                .set(SETTINGS_CHANGE.CHANGED_BY_LABEL, change.changedBy())
                .set(SETTINGS_CHANGE.CHANGED_AT, change.changedAt())
                .set(SETTINGS_CHANGE.REASON, change.reason())
                .execute();
    }

    int countChanges() {
        return db.fetchCount(SETTINGS_CHANGE);
    }

    List<SettingChange> changes(int offset, int limit) {
        return db.selectFrom(SETTINGS_CHANGE)
                .orderBy(SETTINGS_CHANGE.CHANGED_AT.desc(), SETTINGS_CHANGE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new SettingChange(
                        r.getSettingKey(),
                        r.getOldText() == null ? null : new BigDecimal(r.getOldText()),
                        new BigDecimal(r.getNewText()),
                        r.getChangedByLabel(),
                        r.getChangedAt(),
                        r.getReason()));
    }
}
