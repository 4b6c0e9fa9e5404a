package com.ks.platform.compliance.findings;

import static com.ks.jooq.Tables.COMPLIANCE_FINDING;
import static com.ks.jooq.Tables.COMPLIANCE_SCAN_TERM;

import com.ks.jooq.tables.records.ComplianceFindingRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class FindingRepository {

    record ScanTerm(String term, FindingKind kind, String typeCode) {}

    private final DSLContext db;

    FindingRepository(DSLContext db) {
        this.db = db;
    }

    List<ScanTerm> terms() {
        return db.selectFrom(COMPLIANCE_SCAN_TERM)
                .orderBy(COMPLIANCE_SCAN_TERM.KIND, COMPLIANCE_SCAN_TERM.TERM)
                .fetch(r -> new ScanTerm(r.getTerm(), FindingKind.valueOf(r.getKind()), r.getTypeCode()));
    }

    /** False when the product already has a finding for this kind and term (whatever an officer decided). */
    boolean insertIfNew(Finding f) {
        if (db.fetchExists(
                COMPLIANCE_FINDING,
                COMPLIANCE_FINDING
                        .PRODUCT_ID
                        .eq(f.productId())
                        .and(COMPLIANCE_FINDING.KIND.eq(f.kind().name()))
                        .and(COMPLIANCE_FINDING.TERM.eq(f.term())))) {
            return false;
        }
        try {
            return db.insertInto(COMPLIANCE_FINDING)
                            .set(COMPLIANCE_FINDING.ID, f.id())
                            .set(COMPLIANCE_FINDING.MERCHANT_ID, f.merchantId())
                            .set(COMPLIANCE_FINDING.PRODUCT_ID, f.productId())
                            .set(COMPLIANCE_FINDING.PRODUCT_TITLE, f.productTitle())
                            .set(COMPLIANCE_FINDING.KIND, f.kind().name())
                            .set(COMPLIANCE_FINDING.TERM, f.term())
                            .set(COMPLIANCE_FINDING.EXCERPT, f.excerpt())
                            .set(COMPLIANCE_FINDING.TYPE_CODE, f.typeCode())
                            .set(COMPLIANCE_FINDING.STATE, FindingState.PROPOSED.name())
                            .set(COMPLIANCE_FINDING.FOUND_AT, f.foundAt())
                            // ON CONFLICT DO NOTHING on PostgreSQL keeps the transaction usable; H2's emulation may
                            // still throw
                            .onConflictDoNothing()
                            .execute()
                    == 1;
        } catch (DuplicateKeyException concurrentScan) {
            // the save listener and the periodic scan found it at the same moment: one finding is enough
            return false;
        }
    }

    int count(FindingState state) {
        return db.fetchCount(COMPLIANCE_FINDING, COMPLIANCE_FINDING.STATE.eq(state.name()));
    }

    /** Newest first. */
    List<Finding> list(FindingState state, int offset, int limit) {
        return db.selectFrom(COMPLIANCE_FINDING)
                .where(COMPLIANCE_FINDING.STATE.eq(state.name()))
                .orderBy(COMPLIANCE_FINDING.FOUND_AT.desc(), COMPLIANCE_FINDING.ID)
                .offset(offset)
                .limit(limit)
                .fetch(FindingRepository::finding);
    }

    List<Finding> ofProduct(UUID productId) {
        return db.selectFrom(COMPLIANCE_FINDING)
                .where(COMPLIANCE_FINDING.PRODUCT_ID.eq(productId))
                .orderBy(COMPLIANCE_FINDING.FOUND_AT)
                .fetch(FindingRepository::finding);
    }

    Optional<Finding> find(UUID id) {
        return db.selectFrom(COMPLIANCE_FINDING)
                .where(COMPLIANCE_FINDING.ID.eq(id))
                .fetchOptional(FindingRepository::finding);
    }

    Optional<Finding> lock(UUID id) {
        return db.selectFrom(COMPLIANCE_FINDING)
                .where(COMPLIANCE_FINDING.ID.eq(id))
                .forUpdate()
                .fetchOptional(FindingRepository::finding);
    }

    void decide(
            UUID id,
            FindingState state,
            UUID officerId,
            String officerLabel,
            String note,
            UUID violationId,
            Instant at) {
        db.update(COMPLIANCE_FINDING)
                .set(COMPLIANCE_FINDING.STATE, state.name())
                .set(COMPLIANCE_FINDING.DECIDED_AT, at)
                .set(COMPLIANCE_FINDING.DECIDED_BY, officerId)
                .set(COMPLIANCE_FINDING.DECIDED_BY_LABEL, officerLabel)
                .set(COMPLIANCE_FINDING.DECISION_NOTE, note)
                .set(COMPLIANCE_FINDING.VIOLATION_ID, violationId)
                .where(COMPLIANCE_FINDING.ID.eq(id))
                .execute();
    }

    /** Findings per day of their discovery since {@code since}, for the dashboard's trend. */
    List<Instant> foundSince(Instant since) {
        return db.select(COMPLIANCE_FINDING.FOUND_AT)
                .from(COMPLIANCE_FINDING)
                .where(COMPLIANCE_FINDING.FOUND_AT.ge(since))
                .fetch(COMPLIANCE_FINDING.FOUND_AT);
    }

    private static Finding finding(ComplianceFindingRecord r) {
        return new Finding(
                r.getId(),
                r.getMerchantId(),
                r.getProductId(),
                r.getProductTitle(),
                FindingKind.valueOf(r.getKind()),
                r.getTerm(),
                r.getExcerpt(),
                r.getTypeCode(),
                FindingState.valueOf(r.getState()),
                r.getFoundAt(),
                r.getDecidedByLabel(),
                r.getDecisionNote(),
                r.getViolationId());
    }
}
