package com.ks.platform.promotion.points;

import static com.ks.jooq.Tables.PROMOTION_COUPON_TEMPLATE;
import static com.ks.jooq.Tables.PROMOTION_POINTS_BALANCE;
import static com.ks.jooq.Tables.PROMOTION_POINTS_COUPON;
import static com.ks.jooq.Tables.PROMOTION_POINTS_ENTRY;

import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The append-only points ledger and the balance kept beside it.
 *
 * <p>Why a kept balance with a conditional update rather than summing the ledger under a lock: the sum cannot be guarded
 * by a constraint (two checkouts would each read 1 000 and each spend 800), and a {@code SELECT … FOR UPDATE} of the
 * ledger locks nothing that does not exist yet. One row per shopper changed by {@code balance = balance + delta WHERE
 * balance + delta >= 0} serialises the shopper's spending on that row for milliseconds, works the same on H2 and
 * PostgreSQL, and the loser simply finds the row updated zero times. The entry and the balance change are written in the
 * same transaction, so the balance always equals the sum of the entries ({@code PointsLedgerTest} checks it).
 */
@Repository
class PointsLedger {

    private final DSLContext db;
    private final Clock clock;

    PointsLedger(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Appends one entry and moves the balance by it, in the caller's transaction. @return false, with nothing written,
     * when the balance would go below zero; a second entry with the same source key throws DuplicateKeyException.
     */
    boolean append(UUID accountId, PointsKind kind, long points, String sourceKey, UUID orderId, String note) {
        Instant now = clock.instant();
        ensureBalanceRow(accountId, now);
        // the balance first: a spender that loses the race has written nothing and holds no lock but this row's
        int moved = db.update(PROMOTION_POINTS_BALANCE)
                .set(PROMOTION_POINTS_BALANCE.BALANCE, PROMOTION_POINTS_BALANCE.BALANCE.plus(points))
                .set(PROMOTION_POINTS_BALANCE.UPDATED_AT, now)
                .where(PROMOTION_POINTS_BALANCE.ACCOUNT_ID.eq(accountId))
                .and(PROMOTION_POINTS_BALANCE.BALANCE.plus(points).ge(0L))
                .execute();
        if (moved == 0) {
            return false;
        }
        db.insertInto(PROMOTION_POINTS_ENTRY)
                .set(PROMOTION_POINTS_ENTRY.ID, Ids.newId(clock))
                .set(PROMOTION_POINTS_ENTRY.ACCOUNT_ID, accountId)
                .set(PROMOTION_POINTS_ENTRY.KIND, kind.name())
                .set(PROMOTION_POINTS_ENTRY.POINTS, points)
                .set(PROMOTION_POINTS_ENTRY.SOURCE_KEY, sourceKey)
                .set(PROMOTION_POINTS_ENTRY.ORDER_ID, orderId)
                .set(PROMOTION_POINTS_ENTRY.NOTE, note)
                .set(PROMOTION_POINTS_ENTRY.CREATED_AT, now)
                .execute();
        return true;
    }

    private void ensureBalanceRow(UUID accountId, Instant now) {
        try {
            db.insertInto(PROMOTION_POINTS_BALANCE)
                    .set(PROMOTION_POINTS_BALANCE.ACCOUNT_ID, accountId)
                    .set(PROMOTION_POINTS_BALANCE.BALANCE, 0L)
                    .set(PROMOTION_POINTS_BALANCE.UPDATED_AT, now)
                    .onConflictDoNothing()
                    .execute();
        } catch (DuplicateKeyException createdByAParallelEntry) {
            // H2 emulates ON CONFLICT with MERGE, which can still collide: the row is there, which is all we need
        }
    }

    boolean exists(UUID accountId, String sourceKey) {
        return db.fetchExists(
                PROMOTION_POINTS_ENTRY,
                PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(accountId).and(PROMOTION_POINTS_ENTRY.SOURCE_KEY.eq(sourceKey)));
    }

    long balance(UUID accountId) {
        return db.select(PROMOTION_POINTS_BALANCE.BALANCE)
                .from(PROMOTION_POINTS_BALANCE)
                .where(PROMOTION_POINTS_BALANCE.ACCOUNT_ID.eq(accountId))
                .fetchOptional(PROMOTION_POINTS_BALANCE.BALANCE)
                .orElse(0L);
    }

    /** The sum of the entries, for the check that the kept balance never drifts from its ledger. */
    long ledgerSum(UUID accountId) {
        Long sum = db.select(DSL.sum(PROMOTION_POINTS_ENTRY.POINTS))
                .from(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(accountId))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** Fresh points (earnings and returns) written at or after {@code since}. */
    long grantedSince(UUID accountId, Instant since) {
        List<String> grants = java.util.Arrays.stream(PointsKind.values())
                .filter(PointsKind::grant)
                .map(Enum::name)
                .toList();
        Long sum = db.select(DSL.sum(PROMOTION_POINTS_ENTRY.POINTS))
                .from(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(accountId))
                .and(PROMOTION_POINTS_ENTRY.KIND.in(grants))
                .and(PROMOTION_POINTS_ENTRY.CREATED_AT.ge(since))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** What the order's entries of these kinds add up to (earned minus taken back, or spent minus returned). */
    long sumForOrder(UUID orderId, PointsKind... kinds) {
        Long sum = db.select(DSL.sum(PROMOTION_POINTS_ENTRY.POINTS))
                .from(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ORDER_ID.eq(orderId))
                .and(PROMOTION_POINTS_ENTRY.KIND.in(
                        java.util.Arrays.stream(kinds).map(Enum::name).toList()))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    Optional<UUID> accountOfOrder(UUID orderId) {
        return db.select(PROMOTION_POINTS_ENTRY.ACCOUNT_ID)
                .from(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ORDER_ID.eq(orderId))
                .limit(1)
                .fetchOptional(PROMOTION_POINTS_ENTRY.ACCOUNT_ID);
    }

    int count(UUID accountId) {
        return db.fetchCount(PROMOTION_POINTS_ENTRY, PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(accountId));
    }

    List<PointsEntry> history(UUID accountId, int offset, int limit) {
        return db.selectFrom(PROMOTION_POINTS_ENTRY)
                .where(PROMOTION_POINTS_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(PROMOTION_POINTS_ENTRY.CREATED_AT.desc(), PROMOTION_POINTS_ENTRY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new PointsEntry(
                        r.getId(), PointsKind.valueOf(r.getKind()), r.getPoints(), r.getNote(), r.getCreatedAt()));
    }

    /** Shoppers holding points, a page at a time (the expiry job). */
    List<UUID> holders(UUID after, int limit) {
        return db.select(PROMOTION_POINTS_BALANCE.ACCOUNT_ID)
                .from(PROMOTION_POINTS_BALANCE)
                .where(PROMOTION_POINTS_BALANCE.BALANCE.gt(0L))
                .and(after == null ? DSL.noCondition() : PROMOTION_POINTS_BALANCE.ACCOUNT_ID.gt(after))
                .orderBy(PROMOTION_POINTS_BALANCE.ACCOUNT_ID)
                .limit(limit)
                .fetch(PROMOTION_POINTS_BALANCE.ACCOUNT_ID);
    }

    void offerCoupon(UUID templateId, long points) {
        Instant now = clock.instant();
        int updated = db.update(PROMOTION_POINTS_COUPON)
                .set(PROMOTION_POINTS_COUPON.POINTS, points)
                .where(PROMOTION_POINTS_COUPON.TEMPLATE_ID.eq(templateId))
                .execute();
        if (updated == 0) {
            db.insertInto(PROMOTION_POINTS_COUPON)
                    .set(PROMOTION_POINTS_COUPON.TEMPLATE_ID, templateId)
                    .set(PROMOTION_POINTS_COUPON.POINTS, points)
                    .set(PROMOTION_POINTS_COUPON.CREATED_AT, now)
                    .execute();
        }
    }

    boolean templateExists(UUID templateId) {
        return db.fetchExists(PROMOTION_COUPON_TEMPLATE, PROMOTION_COUPON_TEMPLATE.ID.eq(templateId));
    }

    /** Offers whose template can still be claimed now, cheapest first. */
    List<PointsCouponOffer> offers(Instant now) {
        return db.select(
                        PROMOTION_POINTS_COUPON.TEMPLATE_ID,
                        PROMOTION_COUPON_TEMPLATE.NAME,
                        PROMOTION_POINTS_COUPON.POINTS)
                .from(PROMOTION_POINTS_COUPON)
                .join(PROMOTION_COUPON_TEMPLATE)
                .on(PROMOTION_COUPON_TEMPLATE.ID.eq(PROMOTION_POINTS_COUPON.TEMPLATE_ID))
                .where(PROMOTION_COUPON_TEMPLATE.STOPPED.isFalse())
                .and(PROMOTION_COUPON_TEMPLATE.STARTS_AT.le(now))
                .and(PROMOTION_COUPON_TEMPLATE.ENDS_AT.gt(now))
                .orderBy(PROMOTION_POINTS_COUPON.POINTS, PROMOTION_COUPON_TEMPLATE.NAME)
                .limit(50)
                .fetch(r -> new PointsCouponOffer(r.value1(), r.value2(), r.value3()));
    }

    Optional<Long> offerPrice(UUID templateId) {
        return db.select(PROMOTION_POINTS_COUPON.POINTS)
                .from(PROMOTION_POINTS_COUPON)
                .where(PROMOTION_POINTS_COUPON.TEMPLATE_ID.eq(templateId))
                .fetchOptional(PROMOTION_POINTS_COUPON.POINTS);
    }
}
