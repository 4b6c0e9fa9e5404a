package com.ks.platform.payment;

import static com.ks.jooq.Tables.PAYMENT_LEDGER_ENTRY;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Statements read straight from the ledger entries of one merchant account (no second copy of the figures): a
 * merchant's entries are + allocations, − refunds, − commission and + commission given back.
 */
@Repository
class SettlementRepository {

    private static final Field<Long> AMOUNT = PAYMENT_LEDGER_ENTRY.AMOUNT_FEN;

    private final DSLContext db;

    SettlementRepository(DSLContext db) {
        this.db = db;
    }

    record Totals(int orders, long grossFen, long refundsFen, long commissionFen) {}

    record OrderTotals(UUID orderId, Instant firstRecordedAt, long amountFen, long refundFen, long commissionFen) {}

    record Movement(Instant recordedAt, Ledger.Kind kind, long amountFen) {}

    /** The account's allocations and refunds in the period (a merchant's month is a few thousand rows at most). */
    List<Movement> paidAndRefunded(String account, Instant from, Instant until) {
        return db.select(PAYMENT_LEDGER_ENTRY.RECORDED_AT, PAYMENT_LEDGER_ENTRY.KIND, AMOUNT)
                .from(PAYMENT_LEDGER_ENTRY)
                .where(within(account, from, until))
                .and(PAYMENT_LEDGER_ENTRY.KIND.in(Ledger.Kind.ALLOCATION.name(), Ledger.Kind.REFUND.name()))
                .fetch(r -> new Movement(r.value1(), Ledger.Kind.valueOf(r.value2()), r.value3()));
    }

    Optional<Instant> firstEntry(String account) {
        return Optional.ofNullable(db.select(DSL.min(PAYMENT_LEDGER_ENTRY.RECORDED_AT))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE.eq(account))
                .fetchOne(0, Instant.class));
    }

    Totals totals(String account, Instant from, Instant until) {
        return db.select(
                        DSL.countDistinct(DSL.when(kind(Ledger.Kind.ALLOCATION), PAYMENT_LEDGER_ENTRY.ORDER_ID)),
                        signedSum(Ledger.Kind.ALLOCATION, 1),
                        signedSum(Ledger.Kind.REFUND, -1),
                        signedSum(Ledger.Kind.COMMISSION, -1))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(within(account, from, until))
                .fetchOne(r -> new Totals(
                        r.value1(),
                        r.value2().longValue(),
                        r.value3().longValue(),
                        r.value4().longValue()));
    }

    /** The orders that moved in the period, the newest first. */
    List<OrderTotals> orders(String account, Instant from, Instant until, int offset, int limit) {
        Field<Instant> first = DSL.min(PAYMENT_LEDGER_ENTRY.RECORDED_AT);
        return db.select(
                        PAYMENT_LEDGER_ENTRY.ORDER_ID,
                        first,
                        signedSum(Ledger.Kind.ALLOCATION, 1),
                        signedSum(Ledger.Kind.REFUND, -1),
                        signedSum(Ledger.Kind.COMMISSION, -1))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(within(account, from, until))
                .groupBy(PAYMENT_LEDGER_ENTRY.ORDER_ID)
                .orderBy(first.desc(), PAYMENT_LEDGER_ENTRY.ORDER_ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new OrderTotals(
                        r.value1(),
                        r.value2(),
                        r.value3().longValue(),
                        r.value4().longValue(),
                        r.value5().longValue()));
    }

    int countOrders(String account, Instant from, Instant until) {
        return db.select(DSL.countDistinct(PAYMENT_LEDGER_ENTRY.ORDER_ID))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(within(account, from, until))
                .fetchOne(0, int.class);
    }

    private static Condition within(String account, Instant from, Instant until) {
        return PAYMENT_LEDGER_ENTRY
                .ACCOUNT_CODE
                .eq(account)
                .and(PAYMENT_LEDGER_ENTRY.RECORDED_AT.ge(from))
                .and(PAYMENT_LEDGER_ENTRY.RECORDED_AT.lt(until));
    }

    private static Condition kind(Ledger.Kind kind) {
        return PAYMENT_LEDGER_ENTRY.KIND.eq(kind.name());
    }

    /** The sum of the entries of one kind, signed so that what the statement shows is positive. */
    private static Field<BigDecimal> signedSum(Ledger.Kind kind, int sign) {
        return DSL.coalesce(DSL.sum(DSL.when(kind(kind), AMOUNT.mul(sign)).otherwise(0L)), BigDecimal.ZERO);
    }
}
