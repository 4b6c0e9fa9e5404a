package com.ks.platform.community;

import static com.ks.jooq.Tables.COMMUNITY_REPORT;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reports of community content, one per reporter and item, and the admins' decisions on them. */
@Repository
class ReportRepository {

    static final String OPEN = "OPEN";
    static final String UPHELD = "UPHELD";
    static final String DISMISSED = "DISMISSED";

    private final DSLContext db;

    ReportRepository(DSLContext db) {
        this.db = db;
    }

    /** False when this person reported the item before. */
    boolean add(UUID id, ItemKind kind, UUID itemId, UUID accountId, ReportReason reason, String note, Instant now) {
        try {
            return db.insertInto(COMMUNITY_REPORT)
                            .set(COMMUNITY_REPORT.ID, id)
                            .set(COMMUNITY_REPORT.ITEM_KIND, kind.name())
                            .set(COMMUNITY_REPORT.ITEM_ID, itemId)
                            .set(COMMUNITY_REPORT.ACCOUNT_ID, accountId)
                            .set(COMMUNITY_REPORT.REASON, reason.name())
                            .set(COMMUNITY_REPORT.NOTE, note)
                            .set(COMMUNITY_REPORT.STATE, OPEN)
                            .set(COMMUNITY_REPORT.CREATED_AT, now)
                            .onConflictDoNothing()
                            .execute()
                    == 1;
        } catch (DuplicateKeyException emulatedMergeRace) {
            return false;
        }
    }

    record Reported(ItemKind kind, UUID itemId) {}

    /** Items with open reports, the longest-waiting first. */
    List<Reported> reported(int offset, int limit) {
        var first = DSL.min(COMMUNITY_REPORT.CREATED_AT);
        return db.select(COMMUNITY_REPORT.ITEM_KIND, COMMUNITY_REPORT.ITEM_ID)
                .from(COMMUNITY_REPORT)
                .where(COMMUNITY_REPORT.STATE.eq(OPEN))
                .groupBy(COMMUNITY_REPORT.ITEM_KIND, COMMUNITY_REPORT.ITEM_ID)
                .orderBy(first, COMMUNITY_REPORT.ITEM_ID)
                .offset(offset)
                .limit(limit)
                .fetch(row -> new Reported(ItemKind.valueOf(row.value1()), row.value2()));
    }

    int countReported() {
        return db.fetchCount(db.selectDistinct(COMMUNITY_REPORT.ITEM_KIND, COMMUNITY_REPORT.ITEM_ID)
                .from(COMMUNITY_REPORT)
                .where(COMMUNITY_REPORT.STATE.eq(OPEN)));
    }

    record OpenReports(int count, Map<ReportReason, Integer> reasons, String latestNote, Instant first) {}

    OpenReports open(ItemKind kind, UUID itemId) {
        var rows = db.select(COMMUNITY_REPORT.REASON, COMMUNITY_REPORT.NOTE, COMMUNITY_REPORT.CREATED_AT)
                .from(COMMUNITY_REPORT)
                .where(COMMUNITY_REPORT.ITEM_KIND.eq(kind.name()))
                .and(COMMUNITY_REPORT.ITEM_ID.eq(itemId))
                .and(COMMUNITY_REPORT.STATE.eq(OPEN))
                .orderBy(COMMUNITY_REPORT.CREATED_AT)
                .fetch();
        Map<ReportReason, Integer> reasons = new EnumMap<>(ReportReason.class);
        String latestNote = null;
        for (var row : rows) {
            reasons.merge(ReportReason.valueOf(row.value1()), 1, Integer::sum);
            if (row.value2() != null && !row.value2().isBlank()) {
                latestNote = row.value2();
            }
        }
        return new OpenReports(
                rows.size(),
                reasons,
                latestNote,
                rows.isEmpty() ? null : rows.getFirst().value3());
    }

    /** Closes the item's open reports; answers how many were open (0: someone decided first). */
    int decide(ItemKind kind, UUID itemId, String outcome, Instant now) {
        return db.update(COMMUNITY_REPORT)
                .set(COMMUNITY_REPORT.STATE, outcome)
                .set(COMMUNITY_REPORT.DECIDED_AT, now)
                .where(COMMUNITY_REPORT.ITEM_KIND.eq(kind.name()))
                .and(COMMUNITY_REPORT.ITEM_ID.eq(itemId))
                .and(COMMUNITY_REPORT.STATE.eq(OPEN))
                .execute();
    }
}
