package com.ks.platform.compliance.audits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audit (抽查): the merchant and optionally one of its products, why it was opened (with the risk factors that
 * weighed), its checklist, findings, due date and result.
 */
public record AuditTask(
        UUID id,
        String taskNo,
        UUID merchantId,
        UUID productId,
        AuditOrigin origin,
        int riskWeight,
        List<String> riskReasons,
        AuditTaskState state,
        Instant dueAt,
        Instant createdAt,
        String findings,
        String closedBy,
        Instant closedAt,
        UUID violationId,
        List<Check> checks) {

    /** {@code passed}: null until checked. */
    public record Check(AuditCheckItem item, Boolean passed, String note) {}

    public boolean overdue(Instant now) {
        return state == AuditTaskState.OPEN && dueAt.isBefore(now);
    }
}
