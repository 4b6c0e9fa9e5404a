package com.ks.platform.payment;

import static com.ks.jooq.Tables.PAYMENT_LEDGER_ENTRY;

import com.ks.platform.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The append-only double-entry ledger: every movement is entries over accounts that sum to zero. A capture takes the
 * amount from the shopper into the platform's clearing account and allocates each paid order to its merchant; a
 * refund gives back from the merchant (an order's refund) or from the platform (a payment that paid no order).
 */
@Repository
class Ledger {

    static final String PLATFORM = "platform";

    enum Kind {
        CAPTURE,
        ALLOCATION,
        REFUND,
        /** merchant → platform when an order is allocated; platform → merchant for its share of a refund. */
        COMMISSION,
        /** An installment plan's fee: the shopper's credit account → the platform's fee income. */
        CREDIT_FEE
    }

    /** The platform's income from installment fees. */
    static final String CREDIT_FEES = "platform:credit-fees";

    private final DSLContext db;
    private final Clock clock;

    Ledger(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static String shopper(UUID accountId) {
        return "shopper:" + accountId;
    }

    /**
     * What a shopper owes the platform on credit (先用后付): a purchase on credit is paid from here, a repayment pays into
     * it, a refund of a credit purchase goes back into it; its balance is minus what the shopper owes.
     */
    static String credit(UUID accountId) {
        return "credit:" + accountId;
    }

    /** Where a payment's money came from: the shopper's own money, or their credit line for a purchase on credit. */
    static String payer(com.ks.jooq.tables.records.PaymentPaymentRecord payment) {
        return com.ks.platform.ordering.PaymentMethod.CREDIT.name().equals(payment.getMethod())
                ? credit(payment.getAccountId())
                : shopper(payment.getAccountId());
    }

    static String merchant(UUID merchantId) {
        return "merchant:" + merchantId;
    }

    /** One balanced movement: account → signed amount (credit positive). */
    void record(Kind kind, UUID paymentId, UUID orderId, Map<String, Long> entries) {
        long sum = entries.values().stream().mapToLong(Long::longValue).sum();
        if (sum != 0) {
            throw new IllegalStateException("unbalanced movement " + entries);
        }
        UUID movement = Ids.newId(clock);
        Instant now = clock.instant();
        for (var entry : entries.entrySet()) {
            db.insertInto(PAYMENT_LEDGER_ENTRY)
                    .set(PAYMENT_LEDGER_ENTRY.ID, Ids.newId(clock))
                    .set(PAYMENT_LEDGER_ENTRY.MOVEMENT_ID, movement)
                    .set(PAYMENT_LEDGER_ENTRY.KIND, kind.name())
                    .set(PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE, entry.getKey())
                    .set(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN, entry.getValue())
                    .set(PAYMENT_LEDGER_ENTRY.PAYMENT_ID, paymentId)
                    .set(PAYMENT_LEDGER_ENTRY.ORDER_ID, orderId)
                    .set(PAYMENT_LEDGER_ENTRY.RECORDED_AT, now)
                    .execute();
        }
    }

    static Map<String, Long> transfer(String from, String to, long amountFen) {
        Map<String, Long> entries = new LinkedHashMap<>();
        entries.put(from, -amountFen);
        entries.merge(to, amountFen, Long::sum);
        return entries;
    }

    /** The merchant account an order was allocated to by a payment, and the payment. */
    Optional<Allocation> allocationOf(UUID orderId) {
        return db.select(
                        PAYMENT_LEDGER_ENTRY.PAYMENT_ID,
                        PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE,
                        PAYMENT_LEDGER_ENTRY.AMOUNT_FEN)
                .from(PAYMENT_LEDGER_ENTRY)
                .where(PAYMENT_LEDGER_ENTRY.ORDER_ID.eq(orderId))
                .and(PAYMENT_LEDGER_ENTRY.KIND.eq(Kind.ALLOCATION.name()))
                .and(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN.gt(0L))
                .fetchOptional(r -> new Allocation(r.value1(), r.value2(), r.value3()));
    }

    /** The commission charged on an order when it was allocated (before any refund gave part of it back). */
    long commissionCharged(UUID orderId) {
        return db.select(DSL.coalesce(DSL.sum(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN), java.math.BigDecimal.ZERO))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(PAYMENT_LEDGER_ENTRY.ORDER_ID.eq(orderId))
                .and(PAYMENT_LEDGER_ENTRY.KIND.eq(Kind.COMMISSION.name()))
                .and(PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE.eq(PLATFORM))
                .and(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN.gt(0L))
                .fetchOne(0, Long.class);
    }

    record Allocation(UUID paymentId, String merchantAccount, long amountFen) {}

    /** Movements whose entries do not sum to zero (none, if the ledger is right). */
    int unbalancedMovements() {
        return db.fetchCount(db.select(PAYMENT_LEDGER_ENTRY.MOVEMENT_ID)
                .from(PAYMENT_LEDGER_ENTRY)
                .groupBy(PAYMENT_LEDGER_ENTRY.MOVEMENT_ID)
                .having(DSL.sum(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN).ne(java.math.BigDecimal.ZERO)));
    }

    long total() {
        return db.select(DSL.coalesce(DSL.sum(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN), java.math.BigDecimal.ZERO))
                .from(PAYMENT_LEDGER_ENTRY)
                .fetchOne(0, Long.class);
    }

    long balance(String account) {
        return db.select(DSL.coalesce(DSL.sum(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN), java.math.BigDecimal.ZERO))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE.eq(account))
                .fetchOne(0, Long.class);
    }

    long balanceOfPayment(UUID paymentId, String account) {
        return db.select(DSL.coalesce(DSL.sum(PAYMENT_LEDGER_ENTRY.AMOUNT_FEN), java.math.BigDecimal.ZERO))
                .from(PAYMENT_LEDGER_ENTRY)
                .where(PAYMENT_LEDGER_ENTRY.PAYMENT_ID.eq(paymentId))
                .and(PAYMENT_LEDGER_ENTRY.ACCOUNT_CODE.eq(account))
                .fetchOne(0, Long.class);
    }
}
