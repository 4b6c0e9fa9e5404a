package com.ks.platform.compliance.audits;

import static com.ks.jooq.Tables.COMPLIANCE_AUDIT_CHECK;
import static com.ks.jooq.Tables.COMPLIANCE_AUDIT_TASK;

import com.ks.jooq.tables.records.ComplianceAuditTaskRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class AuditTaskRepository {

    private final DSLContext db;

    AuditTaskRepository(DSLContext db) {
        this.db = db;
    }

    boolean hasOpen(UUID merchantId) {
        return db.fetchExists(COMPLIANCE_AUDIT_TASK, COMPLIANCE_AUDIT_TASK.OPEN_MERCHANT_ID.eq(merchantId));
    }

    /** False when the merchant already has an open task (one at a time, guarded by a unique column). */
    boolean insert(
            UUID id,
            String taskNo,
            UUID merchantId,
            UUID productId,
            AuditOrigin origin,
            AuditRisk.Weight risk,
            Instant dueAt,
            Instant now) {
        try {
            if (db.insertInto(COMPLIANCE_AUDIT_TASK)
                            .set(COMPLIANCE_AUDIT_TASK.ID, id)
                            .set(COMPLIANCE_AUDIT_TASK.TASK_NO, taskNo)
                            .set(COMPLIANCE_AUDIT_TASK.MERCHANT_ID, merchantId)
                            .set(COMPLIANCE_AUDIT_TASK.OPEN_MERCHANT_ID, merchantId)
                            .set(COMPLIANCE_AUDIT_TASK.PRODUCT_ID, productId)
                            .set(COMPLIANCE_AUDIT_TASK.ORIGIN, origin.name())
                            .set(COMPLIANCE_AUDIT_TASK.RISK_WEIGHT, risk.weight())
                            .set(COMPLIANCE_AUDIT_TASK.RISK_REASONS, String.join(",", risk.reasons()))
                            .set(COMPLIANCE_AUDIT_TASK.STATE, AuditTaskState.OPEN.name())
                            .set(COMPLIANCE_AUDIT_TASK.DUE_AT, dueAt)
                            .set(COMPLIANCE_AUDIT_TASK.CREATED_AT, now)
                            // ON CONFLICT DO NOTHING on PostgreSQL keeps the transaction usable; H2's emulation may
                            // still throw
                            .onConflictDoNothing()
                            .execute()
                    == 0) {
                return false;
            }
        } catch (DuplicateKeyException openAlready) {
            return false;
        }
        int order = 0;
        for (AuditCheckItem item : AuditCheckItem.forTask(productId != null)) {
            db.insertInto(COMPLIANCE_AUDIT_CHECK)
                    .set(COMPLIANCE_AUDIT_CHECK.TASK_ID, id)
                    .set(COMPLIANCE_AUDIT_CHECK.ITEM_CODE, item.name())
                    .set(COMPLIANCE_AUDIT_CHECK.SORT_ORDER, order++)
                    .execute();
        }
        return true;
    }

    int count(AuditTaskState state) {
        return db.fetchCount(COMPLIANCE_AUDIT_TASK, byState(state));
    }

    int countOverdue(Instant now) {
        return db.fetchCount(
                COMPLIANCE_AUDIT_TASK,
                COMPLIANCE_AUDIT_TASK.STATE.eq(AuditTaskState.OPEN.name()).and(COMPLIANCE_AUDIT_TASK.DUE_AT.lt(now)));
    }

    /** Open tasks by due date (overdue first); closed ones newest first. */
    List<AuditTask> list(AuditTaskState state, int offset, int limit) {
        var order = state == null || state == AuditTaskState.OPEN
                ? new org.jooq.SortField<?>[] {COMPLIANCE_AUDIT_TASK.DUE_AT.asc(), COMPLIANCE_AUDIT_TASK.ID.asc()}
                : new org.jooq.SortField<?>[] {COMPLIANCE_AUDIT_TASK.CLOSED_AT.desc(), COMPLIANCE_AUDIT_TASK.ID.asc()};
        return db.selectFrom(COMPLIANCE_AUDIT_TASK)
                .where(byState(state))
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch(r -> task(r, List.of()));
    }

    Optional<AuditTask> find(UUID id, boolean lock) {
        var select = db.selectFrom(COMPLIANCE_AUDIT_TASK).where(COMPLIANCE_AUDIT_TASK.ID.eq(id));
        Optional<ComplianceAuditTaskRecord> row = lock ? select.forUpdate().fetchOptional() : select.fetchOptional();
        return row.map(r -> task(r, checks(id)));
    }

    void saveCheck(UUID taskId, AuditCheckItem item, Boolean passed, String note) {
        db.update(COMPLIANCE_AUDIT_CHECK)
                .set(COMPLIANCE_AUDIT_CHECK.PASSED, passed)
                .set(COMPLIANCE_AUDIT_CHECK.NOTE, note)
                .where(COMPLIANCE_AUDIT_CHECK.TASK_ID.eq(taskId))
                .and(COMPLIANCE_AUDIT_CHECK.ITEM_CODE.eq(item.name()))
                .execute();
    }

    void saveFindings(UUID taskId, String findings) {
        db.update(COMPLIANCE_AUDIT_TASK)
                .set(COMPLIANCE_AUDIT_TASK.FINDINGS, findings)
                .where(COMPLIANCE_AUDIT_TASK.ID.eq(taskId))
                .execute();
    }

    void close(UUID taskId, AuditTaskState result, UUID officerId, String officerLabel, UUID violationId, Instant at) {
        db.update(COMPLIANCE_AUDIT_TASK)
                .set(COMPLIANCE_AUDIT_TASK.STATE, result.name())
                .set(COMPLIANCE_AUDIT_TASK.OPEN_MERCHANT_ID, (UUID) null)
                .set(COMPLIANCE_AUDIT_TASK.CLOSED_AT, at)
                .set(COMPLIANCE_AUDIT_TASK.CLOSED_BY, officerId)
                .set(COMPLIANCE_AUDIT_TASK.CLOSED_BY_LABEL, officerLabel)
                .set(COMPLIANCE_AUDIT_TASK.VIOLATION_ID, violationId)
                .where(COMPLIANCE_AUDIT_TASK.ID.eq(taskId))
                .execute();
    }

    List<Instant> createdSince(Instant since) {
        return db.select(COMPLIANCE_AUDIT_TASK.CREATED_AT)
                .from(COMPLIANCE_AUDIT_TASK)
                .where(COMPLIANCE_AUDIT_TASK.CREATED_AT.ge(since))
                .fetch(COMPLIANCE_AUDIT_TASK.CREATED_AT);
    }

    private List<AuditTask.Check> checks(UUID taskId) {
        return db.selectFrom(COMPLIANCE_AUDIT_CHECK)
                .where(COMPLIANCE_AUDIT_CHECK.TASK_ID.eq(taskId))
                .orderBy(COMPLIANCE_AUDIT_CHECK.SORT_ORDER)
                .fetch(r -> new AuditTask.Check(AuditCheckItem.valueOf(r.getItemCode()), r.getPassed(), r.getNote()));
    }

    private static Condition byState(AuditTaskState state) {
        return state == null ? DSL.trueCondition() : COMPLIANCE_AUDIT_TASK.STATE.eq(state.name());
    }

    private static AuditTask task(ComplianceAuditTaskRecord r, List<AuditTask.Check> checks) {
        return new AuditTask(
                r.getId(),
                r.getTaskNo(),
                r.getMerchantId(),
                r.getProductId(),
                AuditOrigin.valueOf(r.getOrigin()),
                r.getRiskWeight(),
                r.getRiskReasons().isEmpty()
                        ? List.of()
                        : Arrays.asList(r.getRiskReasons().split(",")),
                AuditTaskState.valueOf(r.getState()),
                r.getDueAt(),
                r.getCreatedAt(),
                r.getFindings(),
                r.getClosedByLabel(),
                r.getClosedAt(),
                r.getViolationId(),
                checks);
    }
}
