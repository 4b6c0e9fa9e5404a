package com.ks.platform.shared;

import static com.ks.jooq.Tables.SHARED_IDEMPOTENCY_KEY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's one idempotency mechanism: the first request under (scope, key) is claimed and its response kept; a
 * retry with the same request gets that response again, the same key with another request is refused. Claims and
 * completions commit on their own, so the work in between decides nothing about the key's fate but its response.
 */
@Component
public class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final DSLContext db;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;

    IdempotencyKeys(
            DSLContext db,
            Clock clock,
            @Value("${ks.idempotency.retention:P1D}") Duration retention,
            @Value("${ks.idempotency.lease:PT30S}") Duration lease) {
        this.db = db;
        this.clock = clock;
        this.retention = retention.compareTo(Duration.ofHours(24)) < 0 ? Duration.ofHours(24) : retention;
        this.lease = lease;
    }

    /** What a claim found. */
    public sealed interface Claim {}

    /**
     * The key is new, or its first attempt died unanswered and its lease lapsed: do the work (again), then
     * {@link #complete} (or {@link #release} when it failed).
     */
    public record Claimed() implements Claim {}

    /** The same request was answered before: answer this again. */
    public record Replay(int status, String contentType, String body) implements Claim {}

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {}

    /** The first request with this key is still being worked on; its lease lapses after {@code retryAfter}. */
    public record InProgress(Duration retryAfter) implements Claim {}

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        int inserted;
        try {
            // ON CONFLICT DO NOTHING: on PostgreSQL a failed insert would abort the transaction before the read below
            inserted = db.insertInto(SHARED_IDEMPOTENCY_KEY)
                    .set(SHARED_IDEMPOTENCY_KEY.SCOPE, scope)
                    .set(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY, key)
                    .set(SHARED_IDEMPOTENCY_KEY.REQUEST_HASH, requestHash)
                    .set(SHARED_IDEMPOTENCY_KEY.CREATED_AT, now)
                    .set(SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL, now.plus(lease))
                    .onConflictDoNothing()
                    .execute();
        } catch (DuplicateKeyException concurrent) {
            inserted = 0; // H2's MERGE emulation can still collide with a concurrent insert
        }
        if (inserted == 1) {
            return new Claimed();
        }
        var row = db.selectFrom(SHARED_IDEMPOTENCY_KEY)
                .where(SHARED_IDEMPOTENCY_KEY.SCOPE.eq(scope))
                .and(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional();
        if (row.isEmpty()) {
            return new InProgress(Duration.ofSeconds(1)); // released between our insert and read: retry at once
        }
        var found = row.get();
        if (!found.getRequestHash().equals(requestHash)) {
            return new Mismatch();
        }
        if (found.getResponseStatus() != null) {
            return new Replay(found.getResponseStatus(), found.getContentType(), found.getResponseBody());
        }
        Instant leaseUntil = found.getLeaseUntil();
        if (leaseUntil != null && leaseUntil.isAfter(now)) {
            return new InProgress(Duration.between(now, leaseUntil));
        }
        return takeOver(scope, key, leaseUntil, now);
    }

    /** The lapsed claim passes to this attempt — to one attempt only, when several retry at once. */
    private Claim takeOver(String scope, String key, Instant lapsedLease, Instant now) {
        int taken = db.update(SHARED_IDEMPOTENCY_KEY)
                .set(SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL, now.plus(lease))
                .where(SHARED_IDEMPOTENCY_KEY.SCOPE.eq(scope))
                .and(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(key))
                .and(SHARED_IDEMPOTENCY_KEY.RESPONSE_STATUS.isNull())
                .and(
                        lapsedLease == null
                                ? SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL.isNull()
                                : SHARED_IDEMPOTENCY_KEY.LEASE_UNTIL.eq(lapsedLease))
                .execute();
        if (taken == 1) {
            log.warn("Idempotency key {} / {} was left unanswered past its lease: running it again", scope, key);
            return new Claimed();
        }
        return new InProgress(Duration.ofSeconds(1)); // another retry took it over first
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(String scope, String key, int status, String contentType, String body) {
        db.update(SHARED_IDEMPOTENCY_KEY)
                .set(SHARED_IDEMPOTENCY_KEY.RESPONSE_STATUS, status)
                .set(SHARED_IDEMPOTENCY_KEY.CONTENT_TYPE, contentType)
                .set(SHARED_IDEMPOTENCY_KEY.RESPONSE_BODY, body)
                .set(SHARED_IDEMPOTENCY_KEY.COMPLETED_AT, clock.instant())
                .where(SHARED_IDEMPOTENCY_KEY.SCOPE.eq(scope))
                .and(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    /** Forgets a claim whose work failed unexpectedly, so a retry can do it again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String scope, String key) {
        db.deleteFrom(SHARED_IDEMPOTENCY_KEY)
                .where(SHARED_IDEMPOTENCY_KEY.SCOPE.eq(scope))
                .and(SHARED_IDEMPOTENCY_KEY.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return db.deleteFrom(SHARED_IDEMPOTENCY_KEY)
                .where(SHARED_IDEMPOTENCY_KEY.CREATED_AT.lt(cutoff))
                .execute();
    }

    @Scheduled(cron = "${ks.idempotency.purge-cron:0 17 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "shared-idempotency-purge", lockAtMostFor = "PT10M")
    void purge() {
        int purged = purgeOlderThan(clock.instant().minus(retention));
        if (purged > 0) {
            log.info("Purged {} idempotency key(s) older than {}", purged, retention);
        }
    }
}
