package com.ks.platform.support.macros;

import static com.ks.jooq.Tables.SUPPORT_MACRO;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class MacroRepository {

    private static final Field<MacroLanguage> LANGUAGE = SUPPORT_MACRO.LANG.convert(MacroLanguage.COLUMN);

    private final DSLContext db;

    MacroRepository(DSLContext db) {
        this.db = db;
    }

    List<Macro> all() {
        return db.select(SUPPORT_MACRO.ID, SUPPORT_MACRO.TITLE, LANGUAGE, SUPPORT_MACRO.BODY, SUPPORT_MACRO.UPDATED_AT)
                .from(SUPPORT_MACRO)
                .orderBy(SUPPORT_MACRO.LANG.desc(), SUPPORT_MACRO.TITLE)
                .fetch(MacroRepository::macro);
    }

    Optional<Macro> find(UUID id) {
        return db.select(SUPPORT_MACRO.ID, SUPPORT_MACRO.TITLE, LANGUAGE, SUPPORT_MACRO.BODY, SUPPORT_MACRO.UPDATED_AT)
                .from(SUPPORT_MACRO)
                .where(SUPPORT_MACRO.ID.eq(id))
                .fetchOptional(MacroRepository::macro);
    }

    boolean titleTaken(MacroLanguage language, String title, UUID except) {
        return db.fetchExists(
                SUPPORT_MACRO,
                LANGUAGE.eq(language)
                        .and(SUPPORT_MACRO.TITLE.eq(title))
                        .and(except == null ? DSL.trueCondition() : SUPPORT_MACRO.ID.ne(except)));
    }

    void insert(UUID id, SaveMacro macro, UUID by, Instant now) {
        db.insertInto(SUPPORT_MACRO)
                .set(SUPPORT_MACRO.ID, id)
                .set(SUPPORT_MACRO.TITLE, macro.title())
                .set(LANGUAGE, macro.language())
                .set(SUPPORT_MACRO.BODY, macro.body())
                .set(SUPPORT_MACRO.UPDATED_AT, now)
                .set(SUPPORT_MACRO.UPDATED_BY, by)
                .execute();
    }

    boolean update(SaveMacro macro, UUID by, Instant now) {
        return db.update(SUPPORT_MACRO)
                        .set(SUPPORT_MACRO.TITLE, macro.title())
                        .set(LANGUAGE, macro.language())
                        .set(SUPPORT_MACRO.BODY, macro.body())
                        .set(SUPPORT_MACRO.UPDATED_AT, now)
                        .set(SUPPORT_MACRO.UPDATED_BY, by)
                        .where(SUPPORT_MACRO.ID.eq(macro.id()))
                        .execute()
                == 1;
    }

    boolean delete(UUID id) {
        return db.deleteFrom(SUPPORT_MACRO).where(SUPPORT_MACRO.ID.eq(id)).execute() == 1;
    }

    private static Macro macro(Record row) {
        return new Macro(
                row.get(SUPPORT_MACRO.ID),
                row.get(SUPPORT_MACRO.TITLE),
                row.get(LANGUAGE),
                row.get(SUPPORT_MACRO.BODY),
                row.get(SUPPORT_MACRO.UPDATED_AT));
    }
}
