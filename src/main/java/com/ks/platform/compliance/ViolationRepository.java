package com.ks.platform.compliance;

import static com.ks.jooq.Tables.COMPLIANCE_VIOLATION;
import static com.ks.jooq.Tables.COMPLIANCE_VIOLATION_EVIDENCE;
import static com.ks.jooq.Tables.COMPLIANCE_VIOLATION_PRODUCT;
import static com.ks.jooq.Tables.COMPLIANCE_VIOLATION_TYPE;

import com.ks.jooq.tables.records.ComplianceViolationRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ViolationRepository {

    private final DSLContext db;

    ViolationRepository(DSLContext db) {
        this.db = db;
    }

    List<ViolationType> types() {
        return db.selectFrom(COMPLIANCE_VIOLATION_TYPE)
                .orderBy(COMPLIANCE_VIOLATION_TYPE.SORT_ORDER)
                .fetch(r -> new ViolationType(
                        r.getCode(), r.getSeverity(), Penalty.valueOf(r.getDefaultPenalty()), r.getDefaultDays()));
    }

    boolean typeExists(String code) {
        return db.fetchExists(COMPLIANCE_VIOLATION_TYPE, COMPLIANCE_VIOLATION_TYPE.CODE.eq(code));
    }

    void insert(
            UUID id,
            String number,
            NewViolation v,
            String description,
            Instant endsAt,
            UUID officerId,
            String officerLabel,
            Instant now,
            Instant appealDeadline) {
        db.insertInto(COMPLIANCE_VIOLATION)
                .set(COMPLIANCE_VIOLATION.ID, id)
                .set(COMPLIANCE_VIOLATION.VIOLATION_NO, number)
                .set(COMPLIANCE_VIOLATION.MERCHANT_ID, v.merchantId())
                .set(COMPLIANCE_VIOLATION.TYPE_CODE, v.typeCode())
                .set(COMPLIANCE_VIOLATION.DESCRIPTION, description)
                .set(COMPLIANCE_VIOLATION.PENALTY, v.penalty().name())
                .set(COMPLIANCE_VIOLATION.STATE, ViolationState.IN_FORCE.name())
                .set(COMPLIANCE_VIOLATION.PENALTY_ENDS_AT, endsAt)
                .set(COMPLIANCE_VIOLATION.DECIDED_BY_ACCOUNT_ID, officerId)
                .set(COMPLIANCE_VIOLATION.DECIDED_BY_LABEL, officerLabel)
                .set(COMPLIANCE_VIOLATION.DECIDED_AT, now)
                .set(COMPLIANCE_VIOLATION.APPEAL_DEADLINE, appealDeadline)
                .set(COMPLIANCE_VIOLATION.APPEAL_STATE, AppealState.NONE.name())
                .execute();
        for (UUID productId : v.productIds()) {
            db.insertInto(COMPLIANCE_VIOLATION_PRODUCT)
                    .set(COMPLIANCE_VIOLATION_PRODUCT.VIOLATION_ID, id)
                    .set(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID, productId)
                    .execute();
        }
    }

    void insertEvidence(UUID violationId, Evidence e, String storageKey) {
        db.insertInto(COMPLIANCE_VIOLATION_EVIDENCE)
                .set(COMPLIANCE_VIOLATION_EVIDENCE.ID, e.id())
                .set(COMPLIANCE_VIOLATION_EVIDENCE.VIOLATION_ID, violationId)
                .set(COMPLIANCE_VIOLATION_EVIDENCE.SIDE, e.side())
                .set(COMPLIANCE_VIOLATION_EVIDENCE.FILE_NAME, e.fileName())
                .set(COMPLIANCE_VIOLATION_EVIDENCE.CONTENT_TYPE, e.contentType())
                .set(COMPLIANCE_VIOLATION_EVIDENCE.SIZE_BYTES, e.sizeBytes())
                .set(COMPLIANCE_VIOLATION_EVIDENCE.STORAGE_KEY, storageKey)
                .set(COMPLIANCE_VIOLATION_EVIDENCE.UPLOADED_AT, e.uploadedAt())
                .execute();
    }

    /** The violation; with a merchant id, only if it is that merchant's (another's answers empty). */
    Optional<Violation> find(UUID id, UUID merchantId) {
        Condition condition = COMPLIANCE_VIOLATION.ID.eq(id);
        if (merchantId != null) {
            condition = condition.and(COMPLIANCE_VIOLATION.MERCHANT_ID.eq(merchantId));
        }
        return db.selectFrom(COMPLIANCE_VIOLATION).where(condition).fetchOptional(ViolationRepository::toViolation);
    }

    /** Locks the row until the caller's transaction ends, so two decisions on one violation run one after the other. */
    Optional<Violation> findForUpdate(UUID id, UUID merchantId) {
        Condition condition = COMPLIANCE_VIOLATION.ID.eq(id);
        if (merchantId != null) {
            condition = condition.and(COMPLIANCE_VIOLATION.MERCHANT_ID.eq(merchantId));
        }
        return db.selectFrom(COMPLIANCE_VIOLATION)
                .where(condition)
                .forUpdate()
                .fetchOptional(ViolationRepository::toViolation);
    }

    List<Evidence> evidence(UUID violationId) {
        return db.selectFrom(COMPLIANCE_VIOLATION_EVIDENCE)
                .where(COMPLIANCE_VIOLATION_EVIDENCE.VIOLATION_ID.eq(violationId))
                .orderBy(COMPLIANCE_VIOLATION_EVIDENCE.UPLOADED_AT, COMPLIANCE_VIOLATION_EVIDENCE.ID)
                .fetch(r -> new Evidence(
                        r.getId(),
                        r.getSide(),
                        r.getFileName(),
                        r.getContentType(),
                        r.getSizeBytes(),
                        r.getUploadedAt()));
    }

    Optional<String> evidenceKey(UUID violationId, UUID evidenceId) {
        return db.select(COMPLIANCE_VIOLATION_EVIDENCE.STORAGE_KEY)
                .from(COMPLIANCE_VIOLATION_EVIDENCE)
                .where(COMPLIANCE_VIOLATION_EVIDENCE.ID.eq(evidenceId))
                .and(COMPLIANCE_VIOLATION_EVIDENCE.VIOLATION_ID.eq(violationId))
                .fetchOptional(COMPLIANCE_VIOLATION_EVIDENCE.STORAGE_KEY);
    }

    List<UUID> productIds(UUID violationId) {
        return db.select(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID)
                .from(COMPLIANCE_VIOLATION_PRODUCT)
                .where(COMPLIANCE_VIOLATION_PRODUCT.VIOLATION_ID.eq(violationId))
                .fetch(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID);
    }

    /** Of these products, the ones another in-force delisting still holds (they stay delisted when one ends). */
    Set<UUID> stillDelisted(Collection<UUID> productIds, UUID exceptViolationId) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(db.selectDistinct(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID)
                .from(COMPLIANCE_VIOLATION_PRODUCT)
                .join(COMPLIANCE_VIOLATION)
                .on(COMPLIANCE_VIOLATION.ID.eq(COMPLIANCE_VIOLATION_PRODUCT.VIOLATION_ID))
                .where(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID.in(productIds))
                .and(COMPLIANCE_VIOLATION.ID.ne(exceptViolationId))
                .and(COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()))
                .and(COMPLIANCE_VIOLATION.PENALTY.eq(Penalty.DELISTING.name()))
                .fetch(COMPLIANCE_VIOLATION_PRODUCT.PRODUCT_ID));
    }

    /** The store-wide penalties in force on the merchant, other than {@code exceptViolationId}. */
    List<Penalty> storePenaltiesInForce(UUID merchantId, UUID exceptViolationId) {
        return db.select(COMPLIANCE_VIOLATION.PENALTY)
                .from(COMPLIANCE_VIOLATION)
                .where(COMPLIANCE_VIOLATION.MERCHANT_ID.eq(merchantId))
                .and(COMPLIANCE_VIOLATION.ID.ne(exceptViolationId))
                .and(COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()))
                .and(COMPLIANCE_VIOLATION.PENALTY.ne(Penalty.DELISTING.name()))
                .fetch(r -> Penalty.valueOf(r.value1()));
    }

    boolean appeal(UUID id, String text, Instant now) {
        return db.update(COMPLIANCE_VIOLATION)
                        .set(COMPLIANCE_VIOLATION.APPEAL_STATE, AppealState.PENDING.name())
                        .set(COMPLIANCE_VIOLATION.APPEAL_TEXT, text)
                        .set(COMPLIANCE_VIOLATION.APPEALED_AT, now)
                        .where(COMPLIANCE_VIOLATION.ID.eq(id))
                        .and(COMPLIANCE_VIOLATION.APPEAL_STATE.eq(AppealState.NONE.name()))
                        .execute()
                == 1;
    }

    boolean decideAppeal(UUID id, AppealState outcome, String note, UUID officerId, String officerLabel, Instant now) {
        var update = db.update(COMPLIANCE_VIOLATION)
                .set(COMPLIANCE_VIOLATION.APPEAL_STATE, outcome.name())
                .set(COMPLIANCE_VIOLATION.APPEAL_NOTE, note)
                .set(COMPLIANCE_VIOLATION.APPEAL_DECIDED_BY_ACCOUNT_ID, officerId)
                .set(COMPLIANCE_VIOLATION.APPEAL_DECIDED_BY_LABEL, officerLabel)
                .set(COMPLIANCE_VIOLATION.APPEAL_DECIDED_AT, now);
        if (outcome == AppealState.GRANTED) {
            update = update.set(
                    COMPLIANCE_VIOLATION.STATE,
                    DSL.when(
                                    COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()),
                                    ViolationState.LIFTED.name())
                            .otherwise(COMPLIANCE_VIOLATION.STATE));
        }
        return update.where(COMPLIANCE_VIOLATION.ID.eq(id))
                        .and(COMPLIANCE_VIOLATION.APPEAL_STATE.eq(AppealState.PENDING.name()))
                        .execute()
                == 1;
    }

    UUID decidedBy(UUID id) {
        return db.select(COMPLIANCE_VIOLATION.DECIDED_BY_ACCOUNT_ID)
                .from(COMPLIANCE_VIOLATION)
                .where(COMPLIANCE_VIOLATION.ID.eq(id))
                .fetchOne(COMPLIANCE_VIOLATION.DECIDED_BY_ACCOUNT_ID);
    }

    /** Ends an in-force penalty whose period is over; false when someone (an appeal) was first. */
    boolean end(UUID id) {
        return db.update(COMPLIANCE_VIOLATION)
                        .set(COMPLIANCE_VIOLATION.STATE, ViolationState.ENDED.name())
                        .where(COMPLIANCE_VIOLATION.ID.eq(id))
                        .and(COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()))
                        .execute()
                == 1;
    }

    List<UUID> dueToEnd(Instant now, int limit) {
        return db.select(COMPLIANCE_VIOLATION.ID)
                .from(COMPLIANCE_VIOLATION)
                .where(COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()))
                .and(COMPLIANCE_VIOLATION.PENALTY_ENDS_AT.le(now))
                .orderBy(COMPLIANCE_VIOLATION.PENALTY_ENDS_AT, COMPLIANCE_VIOLATION.ID)
                .limit(limit)
                .fetch(COMPLIANCE_VIOLATION.ID);
    }

    /** Violations recorded against the merchant since then, whatever became of them (a granted appeal excepted). */
    int countSince(UUID merchantId, Instant since) {
        return db.fetchCount(
                COMPLIANCE_VIOLATION,
                COMPLIANCE_VIOLATION
                        .MERCHANT_ID
                        .eq(merchantId)
                        .and(COMPLIANCE_VIOLATION.DECIDED_AT.ge(since))
                        .and(COMPLIANCE_VIOLATION.APPEAL_STATE.ne(AppealState.GRANTED.name())));
    }

    int count(ViolationFilter filter, UUID merchantId) {
        return db.fetchCount(COMPLIANCE_VIOLATION, condition(filter, merchantId));
    }

    /** Newest first. */
    List<Violation> page(ViolationFilter filter, UUID merchantId, int offset, int limit) {
        return db.selectFrom(COMPLIANCE_VIOLATION)
                .where(condition(filter, merchantId))
                .orderBy(COMPLIANCE_VIOLATION.DECIDED_AT.desc(), COMPLIANCE_VIOLATION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(ViolationRepository::toViolation);
    }

    private static Condition condition(ViolationFilter filter, UUID merchantId) {
        Condition condition = DSL.noCondition();
        if (merchantId != null) {
            condition = condition.and(COMPLIANCE_VIOLATION.MERCHANT_ID.eq(merchantId));
        }
        if (filter == ViolationFilter.APPEALS_PENDING) {
            condition = condition.and(COMPLIANCE_VIOLATION.APPEAL_STATE.eq(AppealState.PENDING.name()));
        } else if (filter == ViolationFilter.IN_FORCE) {
            condition = condition.and(COMPLIANCE_VIOLATION.STATE.eq(ViolationState.IN_FORCE.name()));
        }
        return condition;
    }

    private static Violation toViolation(ComplianceViolationRecord r) {
        return new Violation(
                r.getId(),
                r.getViolationNo(),
                r.getMerchantId(),
                null,
                r.getTypeCode(),
                r.getDescription(),
                Penalty.valueOf(r.getPenalty()),
                ViolationState.valueOf(r.getState()),
                r.getPenaltyEndsAt(),
                r.getDecidedByLabel(),
                r.getDecidedAt(),
                r.getAppealDeadline(),
                AppealState.valueOf(r.getAppealState()),
                r.getAppealText(),
                r.getAppealedAt(),
                r.getAppealDecidedByLabel(),
                r.getAppealNote(),
                r.getAppealDecidedAt());
    }

    /** When violations were recorded and appeals sent since then, for the overview's trend. */
    List<Instant> recordedSince(Instant since) {
        return db.select(COMPLIANCE_VIOLATION.DECIDED_AT)
                .from(COMPLIANCE_VIOLATION)
                .where(COMPLIANCE_VIOLATION.DECIDED_AT.ge(since))
                .fetch(COMPLIANCE_VIOLATION.DECIDED_AT);
    }

    List<Instant> appealedSince(Instant since) {
        return db.select(COMPLIANCE_VIOLATION.APPEALED_AT)
                .from(COMPLIANCE_VIOLATION)
                .where(COMPLIANCE_VIOLATION.APPEALED_AT.ge(since))
                .fetch(COMPLIANCE_VIOLATION.APPEALED_AT);
    }
}
