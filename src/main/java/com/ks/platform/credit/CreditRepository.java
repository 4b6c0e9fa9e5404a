package com.ks.platform.credit;

import static com.ks.jooq.Tables.CREDIT_ATTEMPT;
import static com.ks.jooq.Tables.CREDIT_BILL;
import static com.ks.jooq.Tables.CREDIT_FACTOR;
import static com.ks.jooq.Tables.CREDIT_LINE;
import static com.ks.jooq.Tables.CREDIT_PERIOD;
import static com.ks.jooq.Tables.CREDIT_PURCHASE;
import static com.ks.jooq.Tables.CREDIT_REPAYMENT;

import com.ks.jooq.tables.records.CreditBillRecord;
import com.ks.jooq.tables.records.CreditLineRecord;
import com.ks.jooq.tables.records.CreditPurchaseRecord;
import com.ks.platform.shared.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CreditRepository {

    enum AttemptOutcome {
        CHARGED,
        OVER_LIMIT,
        FROZEN,
        NO_CREDIT
    }

    private final DSLContext db;
    private final Clock clock;

    CreditRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Optional<CreditLineRecord> line(UUID accountId) {
        return db.selectFrom(CREDIT_LINE)
                .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    List<CreditFactor> factors(UUID accountId) {
        return db.selectFrom(CREDIT_FACTOR)
                .where(CREDIT_FACTOR.ACCOUNT_ID.eq(accountId))
                .orderBy(CREDIT_FACTOR.SORT_ORDER)
                .fetch(r ->
                        new CreditFactor(CreditFactor.Code.valueOf(r.getFactorCode()), r.getObserved(), r.getPoints()));
    }

    /** Stores an assessment: the line's limit and score (created with nothing owed the first time) and its factors. */
    void saveAssessment(UUID accountId, CreditScoring.Assessment assessment) {
        Instant now = clock.instant();
        int updated = db.update(CREDIT_LINE)
                .set(CREDIT_LINE.LIMIT_FEN, assessment.limitFen())
                .set(CREDIT_LINE.SCORE, assessment.score())
                .set(CREDIT_LINE.STANDING, assessment.standing().name())
                .set(CREDIT_LINE.ASSESSED_AT, now)
                .set(CREDIT_LINE.UPDATED_AT, now)
                .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                .execute();
        if (updated == 0) {
            db.insertInto(CREDIT_LINE)
                    .set(CREDIT_LINE.ACCOUNT_ID, accountId)
                    .set(CREDIT_LINE.LIMIT_FEN, assessment.limitFen())
                    .set(CREDIT_LINE.OWED_FEN, 0L)
                    .set(CREDIT_LINE.FROZEN, false)
                    .set(CREDIT_LINE.SCORE, assessment.score())
                    .set(CREDIT_LINE.STANDING, assessment.standing().name())
                    .set(CREDIT_LINE.ASSESSED_AT, now)
                    .set(CREDIT_LINE.CREATED_AT, now)
                    .set(CREDIT_LINE.UPDATED_AT, now)
                    .execute();
        }
        db.deleteFrom(CREDIT_FACTOR)
                .where(CREDIT_FACTOR.ACCOUNT_ID.eq(accountId))
                .execute();
        int position = 0;
        for (CreditFactor factor : assessment.factors()) {
            db.insertInto(CREDIT_FACTOR)
                    .set(CREDIT_FACTOR.ACCOUNT_ID, accountId)
                    .set(CREDIT_FACTOR.FACTOR_CODE, factor.code().name())
                    .set(CREDIT_FACTOR.OBSERVED, factor.observed())
                    .set(CREDIT_FACTOR.POINTS, factor.points())
                    .set(CREDIT_FACTOR.SORT_ORDER, position++)
                    .execute();
        }
    }

    /**
     * Adds to what is owed only if the line is not frozen and stays within its limit: one conditional update, so two
     * purchases at the same moment can never together pass the limit. @return true if charged
     */
    boolean charge(UUID accountId, long amountFen) {
        return db.update(CREDIT_LINE)
                        .set(CREDIT_LINE.OWED_FEN, CREDIT_LINE.OWED_FEN.plus(amountFen))
                        .set(CREDIT_LINE.UPDATED_AT, clock.instant())
                        .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                        .and(CREDIT_LINE.FROZEN.isFalse())
                        .and(CREDIT_LINE.OWED_FEN.plus(amountFen).le(CREDIT_LINE.LIMIT_FEN))
                        .execute()
                == 1;
    }

    void reduceOwed(UUID accountId, long amountFen) {
        db.update(CREDIT_LINE)
                .set(CREDIT_LINE.OWED_FEN, CREDIT_LINE.OWED_FEN.minus(amountFen))
                .set(CREDIT_LINE.UPDATED_AT, clock.instant())
                .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    void setFrozen(UUID accountId, boolean frozen) {
        db.update(CREDIT_LINE)
                .set(CREDIT_LINE.FROZEN, frozen)
                .set(CREDIT_LINE.UPDATED_AT, clock.instant())
                .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    void insertAttempt(UUID accountId, UUID paymentId, long amountFen, long availableFen, AttemptOutcome outcome) {
        db.insertInto(CREDIT_ATTEMPT)
                .set(CREDIT_ATTEMPT.ID, Ids.newId(clock))
                .set(CREDIT_ATTEMPT.ACCOUNT_ID, accountId)
                .set(CREDIT_ATTEMPT.PAYMENT_ID, paymentId)
                .set(CREDIT_ATTEMPT.AMOUNT_FEN, amountFen)
                .set(CREDIT_ATTEMPT.AVAILABLE_FEN, availableFen)
                .set(CREDIT_ATTEMPT.OUTCOME, outcome.name())
                .set(CREDIT_ATTEMPT.CREATED_AT, clock.instant())
                .execute();
    }

    Map<AttemptOutcome, Integer> attempts(UUID accountId) {
        return db.select(CREDIT_ATTEMPT.OUTCOME, DSL.count())
                .from(CREDIT_ATTEMPT)
                .where(CREDIT_ATTEMPT.ACCOUNT_ID.eq(accountId))
                .groupBy(CREDIT_ATTEMPT.OUTCOME)
                .fetchMap(r -> AttemptOutcome.valueOf(r.value1()), r -> r.value2());
    }

    UUID insertPurchase(UUID accountId, UUID paymentId, InstallmentSchedule schedule) {
        UUID id = Ids.newId(clock);
        db.insertInto(CREDIT_PURCHASE)
                .set(CREDIT_PURCHASE.ID, id)
                .set(CREDIT_PURCHASE.ACCOUNT_ID, accountId)
                .set(CREDIT_PURCHASE.PAYMENT_ID, paymentId)
                .set(CREDIT_PURCHASE.PRINCIPAL_FEN, schedule.principalFen())
                .set(CREDIT_PURCHASE.FEE_FEN, schedule.feeFen())
                .set(CREDIT_PURCHASE.PERIODS, schedule.periods())
                .set(CREDIT_PURCHASE.REFUNDED_FEN, 0L)
                .set(CREDIT_PURCHASE.PURCHASED_AT, clock.instant())
                .execute();
        for (InstallmentSchedule.Period period : schedule.lines()) {
            db.insertInto(CREDIT_PERIOD)
                    .set(CREDIT_PERIOD.ID, Ids.newId(clock))
                    .set(CREDIT_PERIOD.PURCHASE_ID, id)
                    .set(CREDIT_PERIOD.ACCOUNT_ID, accountId)
                    .set(CREDIT_PERIOD.SEQ, period.seq())
                    .set(CREDIT_PERIOD.STATEMENT_DATE, period.statementDate())
                    .set(CREDIT_PERIOD.DUE_DATE, period.dueDate())
                    .set(CREDIT_PERIOD.PRINCIPAL_FEN, period.principalFen())
                    .set(CREDIT_PERIOD.FEE_FEN, period.feeFen())
                    .execute();
        }
        return id;
    }

    Optional<CreditPurchaseRecord> lockPurchaseOfPayment(UUID paymentId) {
        return db.selectFrom(CREDIT_PURCHASE)
                .where(CREDIT_PURCHASE.PAYMENT_ID.eq(paymentId))
                .forUpdate()
                .fetchOptional();
    }

    void addRefunded(UUID purchaseId, long amountFen) {
        db.update(CREDIT_PURCHASE)
                .set(CREDIT_PURCHASE.REFUNDED_FEN, CREDIT_PURCHASE.REFUNDED_FEN.plus(amountFen))
                .where(CREDIT_PURCHASE.ID.eq(purchaseId))
                .execute();
    }

    /**
     * Takes a refund off the principal of the purchase's periods not billed yet, last period first. @return the part of
     * the refund that found no unbilled principal (it goes against the bills)
     */
    long reduceUnbilledPrincipal(UUID purchaseId, long amountFen) {
        long left = amountFen;
        var unbilled = db.selectFrom(CREDIT_PERIOD)
                .where(CREDIT_PERIOD.PURCHASE_ID.eq(purchaseId))
                .and(CREDIT_PERIOD.BILL_ID.isNull())
                .orderBy(CREDIT_PERIOD.SEQ.desc())
                .fetch();
        for (var period : unbilled) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, period.getPrincipalFen());
            db.update(CREDIT_PERIOD)
                    .set(CREDIT_PERIOD.PRINCIPAL_FEN, CREDIT_PERIOD.PRINCIPAL_FEN.minus(take))
                    .where(CREDIT_PERIOD.ID.eq(period.getId()))
                    .execute();
            left -= take;
        }
        return left;
    }

    List<CreditPurchase> purchases(UUID accountId, int offset, int limit) {
        var purchases = db.selectFrom(CREDIT_PURCHASE)
                .where(CREDIT_PURCHASE.ACCOUNT_ID.eq(accountId))
                .orderBy(CREDIT_PURCHASE.PURCHASED_AT.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
        Map<UUID, List<InstallmentSchedule.Period>> periods = db
                .selectFrom(CREDIT_PERIOD)
                .where(CREDIT_PERIOD.PURCHASE_ID.in(purchases.getValues(CREDIT_PURCHASE.ID)))
                .orderBy(CREDIT_PERIOD.SEQ)
                .fetchGroups(CREDIT_PERIOD.PURCHASE_ID)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(p -> new InstallmentSchedule.Period(
                                        p.getSeq(),
                                        p.getStatementDate(),
                                        p.getDueDate(),
                                        p.getPrincipalFen(),
                                        p.getFeeFen()))
                                .toList()));
        return purchases.stream()
                .map(p -> new CreditPurchase(
                        p.getId(),
                        p.getPaymentId(),
                        p.getPrincipalFen(),
                        p.getFeeFen(),
                        p.getPeriods(),
                        p.getRefundedFen(),
                        p.getPurchasedAt(),
                        periods.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    int countPurchases(UUID accountId) {
        return db.fetchCount(CREDIT_PURCHASE, CREDIT_PURCHASE.ACCOUNT_ID.eq(accountId));
    }

    // ---- bills

    List<CreditBill> bills(UUID accountId) {
        return db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                .orderBy(CREDIT_BILL.STATEMENT_DATE.desc())
                .fetch(CreditRepository::bill);
    }

    static CreditBill bill(CreditBillRecord r) {
        return new CreditBill(
                r.getId(),
                r.getStatementDate(),
                r.getDueDate(),
                r.getAmountFen(),
                r.getPaidFen(),
                CreditBill.Status.valueOf(r.getStatus()));
    }

    /** Bills paid on time, paid late, and overdue now — the repayment record of the score. */
    CreditScoring.Repayments repayments(UUID accountId) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (CreditBillRecord bill : db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                .fetch()) {
            if (CreditBill.Status.OVERDUE.name().equals(bill.getStatus())) {
                overdue++;
            } else if (bill.getPaidAt() != null && bill.getAmountFen() > 0) {
                boolean inTime = !bill.getPaidAt()
                        .isAfter(bill.getDueDate()
                                .plusDays(1)
                                .atStartOfDay(com.ks.platform.shared.BusinessTime.ZONE)
                                .toInstant());
                if (inTime && Boolean.FALSE.equals(bill.getWasOverdue())) {
                    onTime++;
                } else {
                    late++;
                }
            }
        }
        return new CreditScoring.Repayments(onTime, late, overdue);
    }

    Optional<CreditBillRecord> lockBill(UUID billId, UUID accountId) {
        return db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.ID.eq(billId))
                .and(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                .forUpdate()
                .fetchOptional();
    }

    Optional<CreditBillRecord> findBill(UUID billId, UUID accountId) {
        return db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.ID.eq(billId))
                .and(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    /** The earliest bills with something left to pay, oldest first (a refund beyond unbilled principal goes there). */
    List<CreditBillRecord> lockUnpaidBills(UUID accountId) {
        return db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                .and(CREDIT_BILL.STATUS.ne(CreditBill.Status.PAID.name()))
                .orderBy(CREDIT_BILL.STATEMENT_DATE)
                .forUpdate()
                .fetch();
    }

    /** Adds a payment (or a refund's credit) to a bill; PAID when nothing is left. */
    void addPaid(CreditBillRecord bill, long amountFen) {
        long paid = bill.getPaidFen() + amountFen;
        boolean settled = paid >= bill.getAmountFen();
        db.update(CREDIT_BILL)
                .set(CREDIT_BILL.PAID_FEN, paid)
                .set(CREDIT_BILL.STATUS, settled ? CreditBill.Status.PAID.name() : bill.getStatus())
                .set(CREDIT_BILL.PAID_AT, settled ? clock.instant() : null)
                .where(CREDIT_BILL.ID.eq(bill.getId()))
                .execute();
        bill.setPaidFen(paid);
        if (settled) {
            bill.setStatus(CreditBill.Status.PAID.name());
        }
    }

    int countOverdue(UUID accountId) {
        return db.fetchCount(
                CREDIT_BILL,
                CREDIT_BILL.ACCOUNT_ID.eq(accountId).and(CREDIT_BILL.STATUS.eq(CreditBill.Status.OVERDUE.name())));
    }

    boolean insertRepayment(UUID billId, UUID accountId, UUID paymentId, long amountFen) {
        if (db.fetchExists(CREDIT_REPAYMENT, CREDIT_REPAYMENT.PAYMENT_ID.eq(paymentId))) {
            return false;
        }
        db.insertInto(CREDIT_REPAYMENT)
                .set(CREDIT_REPAYMENT.ID, Ids.newId(clock))
                .set(CREDIT_REPAYMENT.BILL_ID, billId)
                .set(CREDIT_REPAYMENT.ACCOUNT_ID, accountId)
                .set(CREDIT_REPAYMENT.PAYMENT_ID, paymentId)
                .set(CREDIT_REPAYMENT.AMOUNT_FEN, amountFen)
                .set(CREDIT_REPAYMENT.REPAID_AT, clock.instant())
                .execute();
        return true;
    }

    /** Accounts with periods whose statement day has come and that are not on a bill yet, with those days. */
    List<org.jooq.Record2<UUID, LocalDate>> unbilledStatements(LocalDate today, UUID onlyAccount, int limit) {
        return db.selectDistinct(CREDIT_PERIOD.ACCOUNT_ID, CREDIT_PERIOD.STATEMENT_DATE)
                .from(CREDIT_PERIOD)
                .where(CREDIT_PERIOD.BILL_ID.isNull())
                .and(onlyAccount == null ? DSL.noCondition() : CREDIT_PERIOD.ACCOUNT_ID.eq(onlyAccount))
                .and(CREDIT_PERIOD.STATEMENT_DATE.le(today))
                .orderBy(CREDIT_PERIOD.STATEMENT_DATE)
                .limit(limit)
                .fetch();
    }

    /**
     * Closes one account's bill of a statement day: the sum of its unbilled periods of that day (created once; the
     * unique key makes a second node's attempt fail). @return the bill id
     */
    UUID closeBill(UUID accountId, LocalDate statementDate, LocalDate dueDate) {
        var periods = CREDIT_PERIOD
                .ACCOUNT_ID
                .eq(accountId)
                .and(CREDIT_PERIOD.STATEMENT_DATE.eq(statementDate))
                .and(CREDIT_PERIOD.BILL_ID.isNull());
        BigDecimal sum = db.select(DSL.sum(CREDIT_PERIOD.PRINCIPAL_FEN.plus(CREDIT_PERIOD.FEE_FEN)))
                .from(CREDIT_PERIOD)
                .where(periods)
                .fetchOne(0, BigDecimal.class);
        long amount = sum == null ? 0 : sum.longValueExact();
        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        db.insertInto(CREDIT_BILL)
                .set(CREDIT_BILL.ID, id)
                .set(CREDIT_BILL.ACCOUNT_ID, accountId)
                .set(CREDIT_BILL.STATEMENT_DATE, statementDate)
                .set(CREDIT_BILL.DUE_DATE, dueDate)
                .set(CREDIT_BILL.AMOUNT_FEN, amount)
                .set(CREDIT_BILL.PAID_FEN, 0L)
                .set(CREDIT_BILL.STATUS, amount == 0 ? CreditBill.Status.PAID.name() : CreditBill.Status.OPEN.name())
                .set(CREDIT_BILL.WAS_OVERDUE, false)
                .set(CREDIT_BILL.CLOSED_AT, now)
                .set(CREDIT_BILL.PAID_AT, amount == 0 ? now : null)
                .execute();
        db.update(CREDIT_PERIOD).set(CREDIT_PERIOD.BILL_ID, id).where(periods).execute();
        return id;
    }

    List<CreditBillRecord> openBillsDueBy(LocalDate day, UUID onlyAccount, int limit) {
        return db.selectFrom(CREDIT_BILL)
                .where(CREDIT_BILL.STATUS.eq(CreditBill.Status.OPEN.name()))
                .and(onlyAccount == null ? DSL.noCondition() : CREDIT_BILL.ACCOUNT_ID.eq(onlyAccount))
                .and(CREDIT_BILL.DUE_DATE.le(day))
                .orderBy(CREDIT_BILL.DUE_DATE)
                .limit(limit)
                .fetch();
    }

    /** OPEN → OVERDUE, conditionally (a repayment at the same moment wins or loses cleanly). */
    boolean markOverdue(UUID billId) {
        return db.update(CREDIT_BILL)
                        .set(CREDIT_BILL.STATUS, CreditBill.Status.OVERDUE.name())
                        .set(CREDIT_BILL.WAS_OVERDUE, true)
                        .where(CREDIT_BILL.ID.eq(billId))
                        .and(CREDIT_BILL.STATUS.eq(CreditBill.Status.OPEN.name()))
                        .execute()
                == 1;
    }

    // ---- compliance

    List<UUID> assessedAccounts(int offset, int limit) {
        return db.select(CREDIT_LINE.ACCOUNT_ID)
                .from(CREDIT_LINE)
                .orderBy(CREDIT_LINE.ASSESSED_AT.desc(), CREDIT_LINE.ACCOUNT_ID)
                .offset(offset)
                .limit(limit)
                .fetch(CREDIT_LINE.ACCOUNT_ID);
    }

    int countLines() {
        return db.fetchCount(CREDIT_LINE);
    }
}
