package com.ks.platform.risk;

import static com.ks.jooq.Tables.RISK_ALERT;
import static com.ks.jooq.Tables.RISK_ASSESSMENT;

import com.ks.jooq.tables.records.RiskAlertRecord;
import com.ks.jooq.tables.records.RiskAssessmentRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RiskRepository {

    private final DSLContext db;

    RiskRepository(DSLContext db) {
        this.db = db;
    }

    void insert(RiskAssessmentRecord assessment) {
        assessment.attach(db.configuration());
        assessment.insert();
    }

    int attemptsOfAccountSince(UUID accountId, Instant since) {
        return attemptsSince(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId), since);
    }

    int attemptsOfDeviceSince(String deviceId, Instant since) {
        return attemptsSince(RISK_ASSESSMENT.DEVICE_ID.eq(deviceId), since);
    }

    int attemptsOfIpSince(String clientIp, Instant since) {
        return attemptsSince(RISK_ASSESSMENT.CLIENT_IP.eq(clientIp), since);
    }

    private int attemptsSince(Condition who, Instant since) {
        return db.fetchCount(RISK_ASSESSMENT, who.and(RISK_ASSESSMENT.ASSESSED_AT.ge(since)));
    }

    /** The amounts of the account's latest succeeded payments, newest first. */
    List<Long> succeededAmounts(UUID accountId, int limit) {
        return db.select(RISK_ASSESSMENT.AMOUNT_FEN)
                .from(RISK_ASSESSMENT)
                .where(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId))
                .and(RISK_ASSESSMENT.OUTCOME.eq(RiskOutcome.SUCCEEDED.name()))
                .orderBy(RISK_ASSESSMENT.OUTCOME_AT.desc())
                .limit(limit)
                .fetch(RISK_ASSESSMENT.AMOUNT_FEN);
    }

    /** Failed payments plus wrong passwords at challenges of the account since then. */
    int failuresSince(UUID accountId, Instant since) {
        int failed = db.fetchCount(
                RISK_ASSESSMENT,
                RISK_ASSESSMENT
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(RISK_ASSESSMENT.OUTCOME.eq(RiskOutcome.FAILED.name()))
                        .and(RISK_ASSESSMENT.OUTCOME_AT.ge(since)));
        long wrong = db.select(DSL.coalesce(DSL.sum(RISK_ASSESSMENT.WRONG_PASSWORDS), BigDecimal.ZERO))
                .from(RISK_ASSESSMENT)
                .where(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId))
                .and(RISK_ASSESSMENT.ASSESSED_AT.ge(since))
                .fetchOne(0, Long.class);
        return failed + (int) wrong;
    }

    /** The account's own assessment, locked (wrong passwords and confirmations of one challenge queue here). */
    Optional<RiskAssessmentRecord> lockOwn(UUID assessmentId, UUID accountId) {
        return db.selectFrom(RISK_ASSESSMENT)
                .where(RISK_ASSESSMENT.ID.eq(assessmentId))
                .and(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId))
                .forUpdate()
                .fetchOptional();
    }

    void countWrongPassword(UUID assessmentId) {
        db.update(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.WRONG_PASSWORDS, RISK_ASSESSMENT.WRONG_PASSWORDS.plus(1))
                .where(RISK_ASSESSMENT.ID.eq(assessmentId))
                .execute();
    }

    void confirm(UUID assessmentId, String confirmationHash, Instant expiresAt) {
        db.update(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.CONFIRMATION_HASH, confirmationHash)
                .set(RISK_ASSESSMENT.CONFIRM_EXPIRES_AT, expiresAt)
                .where(RISK_ASSESSMENT.ID.eq(assessmentId))
                .execute();
    }

    /**
     * Uses a confirmation once: only for the same account, checkout and amount, before it expires. True when this
     * call used it (one conditional update, so two tabs cannot both use one confirmation).
     */
    boolean useConfirmation(String confirmationHash, PaymentAttempt attempt, Instant now) {
        return db.update(RISK_ASSESSMENT)
                        .set(RISK_ASSESSMENT.CONFIRMATION_USED_AT, now)
                        .where(RISK_ASSESSMENT.CONFIRMATION_HASH.eq(confirmationHash))
                        .and(RISK_ASSESSMENT.ACCOUNT_ID.eq(attempt.accountId()))
                        .and(RISK_ASSESSMENT.CHECKOUT_ID.eq(attempt.checkoutId()))
                        .and(RISK_ASSESSMENT.AMOUNT_FEN.eq(attempt.amountFen()))
                        .and(RISK_ASSESSMENT.CONFIRMATION_USED_AT.isNull())
                        .and(RISK_ASSESSMENT.CONFIRM_EXPIRES_AT.gt(now))
                        .execute()
                == 1;
    }

    /** The first outcome of the attempt's payment counts; a later report (a late success) replaces a non-success. */
    void recordOutcome(UUID paymentId, RiskOutcome outcome, Instant now) {
        db.update(RISK_ASSESSMENT)
                .set(RISK_ASSESSMENT.OUTCOME, outcome.name())
                .set(RISK_ASSESSMENT.OUTCOME_AT, now)
                .where(RISK_ASSESSMENT.PAYMENT_ID.eq(paymentId))
                .and(RISK_ASSESSMENT.OUTCOME.isNull().or(RISK_ASSESSMENT.OUTCOME.ne(RiskOutcome.SUCCEEDED.name())))
                .execute();
    }

    void insertAlert(RiskAlertRecord alert) {
        alert.attach(db.configuration());
        alert.insert();
    }

    List<RiskAlertRecord> alerts(RiskAlertStatus status, int offset, int limit) {
        return db.selectFrom(RISK_ALERT)
                .where(statusIs(status))
                .orderBy(RISK_ALERT.CREATED_AT.desc(), RISK_ALERT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countAlerts(RiskAlertStatus status) {
        return db.fetchCount(RISK_ALERT, statusIs(status));
    }

    Optional<RiskAlertRecord> lockAlert(UUID alertId) {
        return db.selectFrom(RISK_ALERT)
                .where(RISK_ALERT.ID.eq(alertId))
                .forUpdate()
                .fetchOptional();
    }

    void handle(UUID alertId, RiskAlertStatus status, String note, UUID officer, Instant now) {
        db.update(RISK_ALERT)
                .set(RISK_ALERT.STATUS, status.name())
                .set(RISK_ALERT.NOTE, note)
                .set(RISK_ALERT.HANDLED_BY, officer)
                .set(RISK_ALERT.HANDLED_AT, now)
                .where(RISK_ALERT.ID.eq(alertId))
                .execute();
    }

    private static Condition statusIs(RiskAlertStatus status) {
        return status == null ? DSL.noCondition() : RISK_ALERT.STATUS.eq(status.name());
    }
}
