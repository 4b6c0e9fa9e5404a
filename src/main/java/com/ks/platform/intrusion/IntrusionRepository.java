package com.ks.platform.intrusion;

import static com.ks.jooq.Tables.INTRUSION_BLOCK;
import static com.ks.jooq.Tables.INTRUSION_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class IntrusionRepository {

    private final DSLContext db;

    IntrusionRepository(DSLContext db) {
        this.db = db;
    }

    void insertEvent(SecurityEventSummary event) {
        db.insertInto(INTRUSION_EVENT)
                .set(INTRUSION_EVENT.ID, event.id())
                .set(INTRUSION_EVENT.PATTERN, event.pattern().name())
                .set(INTRUSION_EVENT.SOURCE, event.source())
                .set(INTRUSION_EVENT.ACCOUNT_ID, event.accountId())
                .set(INTRUSION_EVENT.SIGNAL_COUNT, event.signalCount())
                .set(INTRUSION_EVENT.DETAIL, event.detail())
                .set(INTRUSION_EVENT.DETECTED_AT, event.detectedAt())
                .set(INTRUSION_EVENT.BLOCKED, event.blocked())
                .execute();
    }

    void insertBlock(UUID id, String source, UUID eventId, Instant at, Instant until) {
        db.insertInto(INTRUSION_BLOCK)
                .set(INTRUSION_BLOCK.ID, id)
                .set(INTRUSION_BLOCK.SOURCE, source)
                .set(INTRUSION_BLOCK.EVENT_ID, eventId)
                .set(INTRUSION_BLOCK.BLOCKED_AT, at)
                .set(INTRUSION_BLOCK.BLOCKED_UNTIL, until)
                .execute();
    }

    int countEvents() {
        return db.fetchCount(INTRUSION_EVENT);
    }

    List<SecurityEventSummary> events(int offset, int limit) {
        return db.selectFrom(INTRUSION_EVENT)
                .orderBy(INTRUSION_EVENT.DETECTED_AT.desc(), INTRUSION_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(row -> new SecurityEventSummary(
                        row.getId(),
                        AttackPattern.valueOf(row.getPattern()),
                        row.getSource(),
                        row.getAccountId(),
                        row.getSignalCount(),
                        row.getDetail(),
                        row.getDetectedAt(),
                        row.getBlocked()));
    }

    /** Blocks in force at {@code now}, latest end first. */
    List<BlockedSourceSummary> activeBlocks(Instant now) {
        return db.select(
                        INTRUSION_BLOCK.ID,
                        INTRUSION_BLOCK.SOURCE,
                        INTRUSION_EVENT.PATTERN,
                        INTRUSION_BLOCK.BLOCKED_AT,
                        INTRUSION_BLOCK.BLOCKED_UNTIL)
                .from(INTRUSION_BLOCK)
                .join(INTRUSION_EVENT)
                .on(INTRUSION_EVENT.ID.eq(INTRUSION_BLOCK.EVENT_ID))
                .where(INTRUSION_BLOCK.LIFTED_AT.isNull().and(INTRUSION_BLOCK.BLOCKED_UNTIL.gt(now)))
                .orderBy(INTRUSION_BLOCK.BLOCKED_UNTIL.desc(), INTRUSION_BLOCK.ID)
                .fetch(IntrusionRepository::block);
    }

    Optional<BlockedSourceSummary> activeBlock(UUID id, Instant now) {
        return activeBlocks(now).stream().filter(block -> block.id().equals(id)).findFirst();
    }

    /** Lifts a block still in force; false when it had ended or was lifted already. */
    boolean lift(UUID id, UUID by, Instant now) {
        return db.update(INTRUSION_BLOCK)
                        .set(INTRUSION_BLOCK.LIFTED_AT, now)
                        .set(INTRUSION_BLOCK.LIFTED_BY, by)
                        .where(INTRUSION_BLOCK.ID.eq(id))
                        .and(INTRUSION_BLOCK.LIFTED_AT.isNull())
                        .and(INTRUSION_BLOCK.BLOCKED_UNTIL.gt(now))
                        .execute()
                == 1;
    }

    private static BlockedSourceSummary block(Record row) {
        return new BlockedSourceSummary(
                row.get(INTRUSION_BLOCK.ID),
                row.get(INTRUSION_BLOCK.SOURCE),
                AttackPattern.valueOf(row.get(INTRUSION_EVENT.PATTERN)),
                row.get(INTRUSION_BLOCK.BLOCKED_AT),
                row.get(INTRUSION_BLOCK.BLOCKED_UNTIL));
    }
}
