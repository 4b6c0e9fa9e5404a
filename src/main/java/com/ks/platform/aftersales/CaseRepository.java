package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;
import static com.ks.jooq.Tables.AFTERSALES_EVIDENCE;
import static com.ks.jooq.Tables.AFTERSALES_RETURN_TRACKING;
import static com.ks.jooq.Tables.AFTERSALES_STEP;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.ordering.TrackingStage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private static final List<String> CLAIMING = Arrays.stream(CaseState.values())
            .filter(CaseState::claims)
            .map(Enum::name)
            .toList();

    private final DSLContext db;

    CaseRepository(DSLContext db) {
        this.db = db;
    }

    AftersalesCaseRecord newCase() {
        return db.newRecord(AFTERSALES_CASE);
    }

    Optional<AftersalesCaseRecord> lockOfAccount(UUID caseId, UUID accountId) {
        return lock(AFTERSALES_CASE.ID.eq(caseId).and(AFTERSALES_CASE.ACCOUNT_ID.eq(accountId)));
    }

    Optional<AftersalesCaseRecord> lockOfMerchant(UUID caseId, UUID merchantId) {
        return lock(AFTERSALES_CASE.ID.eq(caseId).and(AFTERSALES_CASE.MERCHANT_ID.eq(merchantId)));
    }

    Optional<AftersalesCaseRecord> lock(UUID caseId) {
        return lock(AFTERSALES_CASE.ID.eq(caseId));
    }

    private Optional<AftersalesCaseRecord> lock(Condition condition) {
        return db.selectFrom(AFTERSALES_CASE).where(condition).forUpdate().fetchOptional();
    }

    Optional<AftersalesCaseRecord> findOfAccount(UUID caseId, UUID accountId) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ID.eq(caseId).and(AFTERSALES_CASE.ACCOUNT_ID.eq(accountId)))
                .fetchOptional();
    }

    Optional<AftersalesCaseRecord> findOfMerchant(UUID caseId, UUID merchantId) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ID.eq(caseId).and(AFTERSALES_CASE.MERCHANT_ID.eq(merchantId)))
                .fetchOptional();
    }

    Optional<AftersalesCaseRecord> find(UUID caseId) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ID.eq(caseId))
                .fetchOptional();
    }

    /** Units of the line already in open or refunded cases. */
    int claimedQuantity(UUID lineId) {
        Integer sum = db.select(DSL.sum(AFTERSALES_CASE.QUANTITY))
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ORDER_LINE_ID.eq(lineId).and(AFTERSALES_CASE.STATE.in(CLAIMING)))
                .fetchOne(0, Integer.class);
        return sum == null ? 0 : sum;
    }

    /** Money already given back (or on its way) for the line by its cases. */
    long refundedOnLine(UUID lineId) {
        Long sum = db.select(DSL.sum(AFTERSALES_CASE.REFUND_FEN))
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE
                        .ORDER_LINE_ID
                        .eq(lineId)
                        .and(AFTERSALES_CASE.STATE.in(CaseState.REFUNDED.name(), CaseState.REFUND_PENDING.name())))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** What the order's completed refunds gave back in all (cases still waiting for the provider not counted). */
    long refundedOnOrder(UUID orderId) {
        Long sum = db.select(DSL.sum(AFTERSALES_CASE.REFUND_FEN))
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ORDER_ID.eq(orderId).and(AFTERSALES_CASE.STATE.eq(CaseState.REFUNDED.name())))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    boolean hasOpenCase(UUID lineId) {
        return db.fetchExists(AFTERSALES_CASE, AFTERSALES_CASE.OPEN_LINE_ID.eq(lineId));
    }

    void addStep(
            UUID id,
            UUID caseId,
            CaseState state,
            CaseDetails.Actor actor,
            UUID actorId,
            String rule,
            String note,
            Instant at) {
        db.insertInto(AFTERSALES_STEP)
                .set(AFTERSALES_STEP.ID, id)
                .set(AFTERSALES_STEP.CASE_ID, caseId)
                .set(AFTERSALES_STEP.STATE, state.name())
                .set(AFTERSALES_STEP.ACTOR_KIND, actor.name())
                .set(AFTERSALES_STEP.ACTOR_ID, actorId)
                .set(AFTERSALES_STEP.RULE_KEY, rule)
                .set(AFTERSALES_STEP.NOTE, note)
                .set(AFTERSALES_STEP.OCCURRED_AT, at)
                .execute();
    }

    List<CaseDetails.Step> steps(UUID caseId) {
        return db.selectFrom(AFTERSALES_STEP)
                .where(AFTERSALES_STEP.CASE_ID.eq(caseId))
                .orderBy(AFTERSALES_STEP.OCCURRED_AT, AFTERSALES_STEP.ID)
                .fetch(r -> new CaseDetails.Step(
                        CaseState.valueOf(r.getState()),
                        CaseDetails.Actor.valueOf(r.getActorKind()),
                        r.getRuleKey(),
                        r.getNote(),
                        r.getOccurredAt()));
    }

    List<AftersalesCaseRecord> ofAccount(UUID accountId, int offset, int limit) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ACCOUNT_ID.eq(accountId))
                .orderBy(AFTERSALES_CASE.CREATED_AT.desc(), AFTERSALES_CASE.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countOfAccount(UUID accountId) {
        return db.fetchCount(AFTERSALES_CASE, AFTERSALES_CASE.ACCOUNT_ID.eq(accountId));
    }

    /** The merchant's queue: the soonest deadline first, cases nobody waits on last. */
    List<AftersalesCaseRecord> ofMerchant(UUID merchantId, CaseType type, CaseState state, int offset, int limit) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(merchantFilter(merchantId, type, state))
                .orderBy(AFTERSALES_CASE.DEADLINE_AT.asc().nullsLast(), AFTERSALES_CASE.CREATED_AT.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countOfMerchant(UUID merchantId, CaseType type, CaseState state) {
        return db.fetchCount(AFTERSALES_CASE, merchantFilter(merchantId, type, state));
    }

    private static Condition merchantFilter(UUID merchantId, CaseType type, CaseState state) {
        Condition condition = AFTERSALES_CASE.MERCHANT_ID.eq(merchantId);
        if (type != null) {
            condition = condition.and(AFTERSALES_CASE.CASE_TYPE.eq(type.name()));
        }
        if (state != null) {
            condition = condition.and(AFTERSALES_CASE.STATE.eq(state.name()));
        }
        return condition;
    }

    /** The platform's queue: escalated cases, the longest waiting first (an escalated case moves no more until decided). */
    List<AftersalesCaseRecord> waitingForPlatform(int offset, int limit) {
        return db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.STATE.eq(CaseState.ESCALATED.name()))
                .orderBy(AFTERSALES_CASE.UPDATED_AT.asc(), AFTERSALES_CASE.ID)
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countWaitingForPlatform() {
        return db.fetchCount(AFTERSALES_CASE, AFTERSALES_CASE.STATE.eq(CaseState.ESCALATED.name()));
    }

    /** Cases in {@code state} whose deadline passed by {@code now}. */
    List<UUID> due(CaseState state, Instant now, int limit) {
        return db.select(AFTERSALES_CASE.ID)
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.STATE.eq(state.name()).and(AFTERSALES_CASE.DEADLINE_AT.le(now)))
                .orderBy(AFTERSALES_CASE.DEADLINE_AT)
                .limit(limit)
                .fetch(AFTERSALES_CASE.ID);
    }

    List<UUID> pendingRefunds(Instant recordedBefore, int limit) {
        return db.select(AFTERSALES_CASE.ID)
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE
                        .STATE
                        .eq(CaseState.REFUND_PENDING.name())
                        .and(AFTERSALES_CASE.UPDATED_AT.le(recordedBefore)))
                .orderBy(AFTERSALES_CASE.UPDATED_AT)
                .limit(limit)
                .fetch(AFTERSALES_CASE.ID);
    }

    void addEvidence(
            UUID id, UUID caseId, CaseDetails.Actor party, String key, String contentType, int size, Instant at) {
        db.insertInto(AFTERSALES_EVIDENCE)
                .set(AFTERSALES_EVIDENCE.ID, id)
                .set(AFTERSALES_EVIDENCE.CASE_ID, caseId)
                .set(AFTERSALES_EVIDENCE.PARTY, party.name())
                .set(AFTERSALES_EVIDENCE.STORAGE_KEY, key)
                .set(AFTERSALES_EVIDENCE.CONTENT_TYPE, contentType)
                .set(AFTERSALES_EVIDENCE.SIZE_BYTES, size)
                .set(AFTERSALES_EVIDENCE.CREATED_AT, at)
                .execute();
    }

    /** The files one party attached to the case, oldest first. */
    List<CaseDetails.Evidence> evidenceOf(UUID caseId, CaseDetails.Actor party) {
        return db.select(AFTERSALES_EVIDENCE.ID, AFTERSALES_EVIDENCE.CONTENT_TYPE)
                .from(AFTERSALES_EVIDENCE)
                .where(AFTERSALES_EVIDENCE.CASE_ID.eq(caseId).and(AFTERSALES_EVIDENCE.PARTY.eq(party.name())))
                .orderBy(AFTERSALES_EVIDENCE.CREATED_AT, AFTERSALES_EVIDENCE.ID)
                .fetch(r -> new CaseDetails.Evidence(r.value1(), r.value2()));
    }

    /** The evidence's case, storage key and type. */
    Optional<org.jooq.Record3<UUID, String, String>> evidence(UUID evidenceId) {
        return db.select(AFTERSALES_EVIDENCE.CASE_ID, AFTERSALES_EVIDENCE.STORAGE_KEY, AFTERSALES_EVIDENCE.CONTENT_TYPE)
                .from(AFTERSALES_EVIDENCE)
                .where(AFTERSALES_EVIDENCE.ID.eq(evidenceId))
                .fetchOptional();
    }

    /** The return address the merchant gave last, to fill in the next approval. */
    Optional<String> lastReturnAddress(UUID merchantId) {
        return db.select(AFTERSALES_CASE.RETURN_ADDRESS)
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.MERCHANT_ID.eq(merchantId).and(AFTERSALES_CASE.RETURN_ADDRESS.isNotNull()))
                .orderBy(AFTERSALES_CASE.UPDATED_AT.desc())
                .limit(1)
                .fetchOptional(AFTERSALES_CASE.RETURN_ADDRESS);
    }

    /** Return parcels on their way that have left by {@code now} and are not yet delivered, oldest first. */
    List<UUID> returnsInTransit(Instant now, int limit) {
        return db.select(AFTERSALES_CASE.ID)
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.STATE.eq(CaseState.RETURN_SHIPPED.name()))
                .and(AFTERSALES_CASE.RETURN_DELIVERED_AT.isNull())
                .and(AFTERSALES_CASE.RETURN_SHIPPED_AT.le(now))
                .orderBy(AFTERSALES_CASE.RETURN_SHIPPED_AT)
                .limit(limit)
                .fetch(AFTERSALES_CASE.ID);
    }

    /** Adds a stage of the return parcel unless it is already there (the feed repeats itself). */
    void addReturnTracking(UUID id, UUID caseId, TrackingStage stage, String place, Instant at) {
        boolean exists = db.fetchExists(
                AFTERSALES_RETURN_TRACKING,
                AFTERSALES_RETURN_TRACKING.CASE_ID.eq(caseId).and(AFTERSALES_RETURN_TRACKING.STAGE.eq(stage.name())));
        if (!exists) {
            db.insertInto(AFTERSALES_RETURN_TRACKING)
                    .set(AFTERSALES_RETURN_TRACKING.ID, id)
                    .set(AFTERSALES_RETURN_TRACKING.CASE_ID, caseId)
                    .set(AFTERSALES_RETURN_TRACKING.STAGE, stage.name())
                    .set(AFTERSALES_RETURN_TRACKING.PLACE, place)
                    .set(AFTERSALES_RETURN_TRACKING.OCCURRED_AT, at)
                    .execute();
        }
    }

    /** The return parcel's stages, newest first (as parcels are shown). */
    List<CaseDetails.Tracking> returnTracking(UUID caseId) {
        return db.selectFrom(AFTERSALES_RETURN_TRACKING)
                .where(AFTERSALES_RETURN_TRACKING.CASE_ID.eq(caseId))
                .orderBy(AFTERSALES_RETURN_TRACKING.OCCURRED_AT.desc())
                .fetch(r ->
                        new CaseDetails.Tracking(TrackingStage.valueOf(r.getStage()), r.getPlace(), r.getOccurredAt()));
    }
}
