package com.ks.platform.privacy;

import static com.ks.jooq.Tables.PRIVACY_CLOSURE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ClosureRepository {

    static final String PENDING = "PENDING";
    static final String CANCELLED = "CANCELLED";
    static final String ERASED = "ERASED";

    private final DSLContext db;

    ClosureRepository(DSLContext db) {
        this.db = db;
    }

    /** When the account's pending closure erases it; empty when none is pending. */
    Optional<Instant> pendingUntil(UUID accountId) {
        return db.select(PRIVACY_CLOSURE.ERASE_AFTER)
                .from(PRIVACY_CLOSURE)
                .where(PRIVACY_CLOSURE.ACCOUNT_ID.eq(accountId))
                .and(PRIVACY_CLOSURE.STATE.eq(PENDING))
                .fetchOptional(r -> r.value1());
    }

    /** Starts (or starts again after a cancellation) the grace period. @return false if one is already pending */
    boolean start(UUID accountId, Instant now, Instant eraseAfter) {
        int updated = db.update(PRIVACY_CLOSURE)
                .set(PRIVACY_CLOSURE.STATE, PENDING)
                .set(PRIVACY_CLOSURE.REQUESTED_AT, now)
                .set(PRIVACY_CLOSURE.ERASE_AFTER, eraseAfter)
                .setNull(PRIVACY_CLOSURE.FINISHED_AT)
                .where(PRIVACY_CLOSURE.ACCOUNT_ID.eq(accountId))
                .and(PRIVACY_CLOSURE.STATE.eq(CANCELLED))
                .execute();
        if (updated == 1) {
            return true;
        }
        if (db.fetchExists(PRIVACY_CLOSURE, PRIVACY_CLOSURE.ACCOUNT_ID.eq(accountId))) {
            return false;
        }
        db.insertInto(PRIVACY_CLOSURE)
                .set(PRIVACY_CLOSURE.ACCOUNT_ID, accountId)
                .set(PRIVACY_CLOSURE.STATE, PENDING)
                .set(PRIVACY_CLOSURE.REQUESTED_AT, now)
                .set(PRIVACY_CLOSURE.ERASE_AFTER, eraseAfter)
                .execute();
        return true;
    }

    /** Moves a pending closure on; conditional, so the job and a sign-in racing each other cannot both win. */
    boolean finish(UUID accountId, String state, Instant now) {
        return db.update(PRIVACY_CLOSURE)
                        .set(PRIVACY_CLOSURE.STATE, state)
                        .set(PRIVACY_CLOSURE.FINISHED_AT, now)
                        .where(PRIVACY_CLOSURE.ACCOUNT_ID.eq(accountId))
                        .and(PRIVACY_CLOSURE.STATE.eq(PENDING))
                        .execute()
                == 1;
    }

    List<UUID> due(Instant now, int limit) {
        return db.select(PRIVACY_CLOSURE.ACCOUNT_ID)
                .from(PRIVACY_CLOSURE)
                .where(PRIVACY_CLOSURE.STATE.eq(PENDING))
                .and(PRIVACY_CLOSURE.ERASE_AFTER.le(now))
                .orderBy(PRIVACY_CLOSURE.ERASE_AFTER)
                .limit(limit)
                .fetch(r -> r.value1());
    }
}
