package com.ks.platform.catalog.search;

import static com.ks.jooq.Tables.CATALOG_SEARCH_SYNONYMS;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SynonymRepository {

    private final DSLContext db;

    SynonymRepository(DSLContext db) {
        this.db = db;
    }

    long latestRevision() {
        Long max = db.select(DSL.max(CATALOG_SEARCH_SYNONYMS.REVISION))
                .from(CATALOG_SEARCH_SYNONYMS)
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    Optional<String> body(long revision) {
        return db.select(CATALOG_SEARCH_SYNONYMS.BODY)
                .from(CATALOG_SEARCH_SYNONYMS)
                .where(CATALOG_SEARCH_SYNONYMS.REVISION.eq(revision))
                .fetchOptional(CATALOG_SEARCH_SYNONYMS.BODY);
    }

    /** Who saved the newest revision, and when; empty while the shipped dictionary is in force. */
    Optional<SynonymDictionary.Change> latestChange() {
        return db.select(CATALOG_SEARCH_SYNONYMS.CREATED_BY, CATALOG_SEARCH_SYNONYMS.CREATED_AT)
                .from(CATALOG_SEARCH_SYNONYMS)
                .orderBy(CATALOG_SEARCH_SYNONYMS.REVISION.desc())
                .limit(1)
                .fetchOptional(r -> new SynonymDictionary.Change(r.value1(), r.value2()));
    }

    /** A new revision; of two saves at the same moment the second fails on the primary key and changes nothing. */
    long insert(String body, UUID by, Instant now) {
        long revision = latestRevision() + 1;
        db.insertInto(CATALOG_SEARCH_SYNONYMS)
                .set(CATALOG_SEARCH_SYNONYMS.REVISION, revision)
                .set(CATALOG_SEARCH_SYNONYMS.BODY, body)
                .set(CATALOG_SEARCH_SYNONYMS.CREATED_AT, now)
                .set(CATALOG_SEARCH_SYNONYMS.CREATED_BY, by)
                .execute();
        return revision;
    }
}
