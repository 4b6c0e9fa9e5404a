package com.ks.platform.promotion.spending;

import static com.ks.jooq.Tables.PROMOTION_MEMBER_REFUND;
import static com.ks.jooq.Tables.PROMOTION_MEMBER_SPEND;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * What each shopper paid for completed orders and what after-sales refunded, the one source of "spending" for points
 * earned per order and for member levels (rolling 12 months). Writes are idempotent: a completion once per order, a
 * refund once per refund reference.
 */
@Repository
public class OrderSpending {

    /** The span member levels look back over. */
    public static final Duration ROLLING_YEAR = Duration.ofDays(365);

    private final DSLContext db;
    private final Clock clock;

    OrderSpending(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What a completed order cost its buyer and what is left of it after refunds. */
    public record Paid(UUID accountId, long amountFen, long remainingFen) {}

    /** Records a completion; false when it was recorded before. */
    public boolean completed(UUID orderId, UUID accountId, long amountFen, Instant at) {
        if (db.fetchExists(PROMOTION_MEMBER_SPEND, PROMOTION_MEMBER_SPEND.ORDER_ID.eq(orderId))) {
            return false;
        }
        try {
            return db.insertInto(PROMOTION_MEMBER_SPEND)
                            .set(PROMOTION_MEMBER_SPEND.ORDER_ID, orderId)
                            .set(PROMOTION_MEMBER_SPEND.ACCOUNT_ID, accountId)
                            .set(PROMOTION_MEMBER_SPEND.AMOUNT_FEN, amountFen)
                            .set(PROMOTION_MEMBER_SPEND.COMPLETED_AT, at)
                            .onConflictDoNothing()
                            .execute()
                    > 0;
        } catch (DuplicateKeyException twin) {
            // H2's emulation of ON CONFLICT (MERGE) can still collide under a race (PostgreSQL does not raise)
            return false;
        }
    }

    /**
     * Records a refund once per reference. @return the order as paid after it, if the order is completed (a refund
     * before the completion is kept and counted when it completes)
     */
    public Optional<Paid> refunded(UUID orderId, String refundRef, long amountFen) {
        if (!db.fetchExists(PROMOTION_MEMBER_REFUND, PROMOTION_MEMBER_REFUND.REFUND_REF.eq(refundRef))) {
            try {
                db.insertInto(PROMOTION_MEMBER_REFUND)
                        .set(PROMOTION_MEMBER_REFUND.REFUND_REF, refundRef)
                        .set(PROMOTION_MEMBER_REFUND.ORDER_ID, orderId)
                        .set(PROMOTION_MEMBER_REFUND.AMOUNT_FEN, amountFen)
                        .set(PROMOTION_MEMBER_REFUND.CREATED_AT, clock.instant())
                        .onConflictDoNothing()
                        .execute();
            } catch (DuplicateKeyException twin) {
                // recorded by the other delivery
            }
        }
        return paid(orderId);
    }

    public Optional<Paid> paid(UUID orderId) {
        long refunded = refundedFen(orderId);
        return db.selectFrom(PROMOTION_MEMBER_SPEND)
                .where(PROMOTION_MEMBER_SPEND.ORDER_ID.eq(orderId))
                .fetchOptional(
                        r -> new Paid(r.getAccountId(), r.getAmountFen(), Math.max(0, r.getAmountFen() - refunded)));
    }

    public long refundedFen(UUID orderId) {
        Long sum = db.select(DSL.sum(PROMOTION_MEMBER_REFUND.AMOUNT_FEN))
                .from(PROMOTION_MEMBER_REFUND)
                .where(PROMOTION_MEMBER_REFUND.ORDER_ID.eq(orderId))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** What the shopper paid for orders completed in the 12 months before {@code now}, less their refunds. */
    public long rollingYearFen(UUID accountId, Instant now) {
        var recent = DSL.select(PROMOTION_MEMBER_SPEND.ORDER_ID)
                .from(PROMOTION_MEMBER_SPEND)
                .where(PROMOTION_MEMBER_SPEND.ACCOUNT_ID.eq(accountId))
                .and(PROMOTION_MEMBER_SPEND.COMPLETED_AT.gt(now.minus(ROLLING_YEAR)));
        Long paid = db.select(DSL.sum(PROMOTION_MEMBER_SPEND.AMOUNT_FEN))
                .from(PROMOTION_MEMBER_SPEND)
                .where(PROMOTION_MEMBER_SPEND.ORDER_ID.in(recent))
                .fetchOne(0, Long.class);
        Long refunded = db.select(DSL.sum(PROMOTION_MEMBER_REFUND.AMOUNT_FEN))
                .from(PROMOTION_MEMBER_REFUND)
                .where(PROMOTION_MEMBER_REFUND.ORDER_ID.in(recent))
                .fetchOne(0, Long.class);
        return Math.max(0, (paid == null ? 0 : paid) - (refunded == null ? 0 : refunded));
    }
}
