package com.ks.platform.compliance.export;

import static com.ks.jooq.Tables.COMPLIANCE_REGULATOR_EXPORT;

import com.ks.jooq.tables.records.ComplianceRegulatorExportRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class RegulatorExportRepository {

    private final DSLContext db;

    RegulatorExportRepository(DSLContext db) {
        this.db = db;
    }

    void insert(RegulatorExport e, UUID officerId, String storageKey, String signature) {
        db.insertInto(COMPLIANCE_REGULATOR_EXPORT)
                .set(COMPLIANCE_REGULATOR_EXPORT.ID, e.id())
                .set(COMPLIANCE_REGULATOR_EXPORT.MERCHANT_ID, e.merchantId())
                .set(COMPLIANCE_REGULATOR_EXPORT.AUTHORITY, e.authority())
                .set(COMPLIANCE_REGULATOR_EXPORT.REQUEST_REF, e.reference())
                .set(COMPLIANCE_REGULATOR_EXPORT.REASON, e.reason())
                .set(COMPLIANCE_REGULATOR_EXPORT.PERIOD_FROM, e.periodFrom())
                .set(COMPLIANCE_REGULATOR_EXPORT.PERIOD_TO, e.periodTo())
                .set(COMPLIANCE_REGULATOR_EXPORT.OFFICER_ID, officerId)
                .set(COMPLIANCE_REGULATOR_EXPORT.OFFICER_LABEL, e.officer())
                .set(COMPLIANCE_REGULATOR_EXPORT.CREATED_AT, e.createdAt())
                .set(COMPLIANCE_REGULATOR_EXPORT.STORAGE_KEY, storageKey)
                .set(COMPLIANCE_REGULATOR_EXPORT.SIZE_BYTES, e.sizeBytes())
                .set(COMPLIANCE_REGULATOR_EXPORT.SHA256, e.sha256())
                .set(COMPLIANCE_REGULATOR_EXPORT.SIGNATURE, signature)
                .set(COMPLIANCE_REGULATOR_EXPORT.KEY_ID, e.keyId())
                .execute();
    }

    int count() {
        return db.fetchCount(COMPLIANCE_REGULATOR_EXPORT);
    }

    /** Newest first. */
    List<RegulatorExport> page(int offset, int limit) {
        return db.selectFrom(COMPLIANCE_REGULATOR_EXPORT)
                .orderBy(COMPLIANCE_REGULATOR_EXPORT.CREATED_AT.desc(), COMPLIANCE_REGULATOR_EXPORT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(RegulatorExportRepository::export);
    }

    Optional<ComplianceRegulatorExportRecord> find(UUID id) {
        return db.selectFrom(COMPLIANCE_REGULATOR_EXPORT)
                .where(COMPLIANCE_REGULATOR_EXPORT.ID.eq(id))
                .fetchOptional();
    }

    static RegulatorExport export(ComplianceRegulatorExportRecord r) {
        return new RegulatorExport(
                r.getId(),
                r.getMerchantId(),
                r.getAuthority(),
                r.getRequestRef(),
                r.getReason(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getOfficerLabel(),
                r.getCreatedAt(),
                r.getSizeBytes(),
                r.getSha256(),
                r.getKeyId());
    }
}
