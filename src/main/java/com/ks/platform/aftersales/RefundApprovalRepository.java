package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;
import static com.ks.jooq.Tables.AFTERSALES_REFUND_APPROVAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class RefundApprovalRepository {

    private final DSLContext db;

    RefundApprovalRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID caseId, long amountFen, String reason, UUID by, String byName, Instant now) {
        db.insertInto(AFTERSALES_REFUND_APPROVAL)
                .set(AFTERSALES_REFUND_APPROVAL.ID, id)
                .set(AFTERSALES_REFUND_APPROVAL.CASE_ID, caseId)
                .set(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID, caseId)
                .set(AFTERSALES_REFUND_APPROVAL.AMOUNT_FEN, amountFen)
                .set(AFTERSALES_REFUND_APPROVAL.REASON, reason)
                .set(AFTERSALES_REFUND_APPROVAL.REQUESTED_BY, by)
                .set(AFTERSALES_REFUND_APPROVAL.REQUESTED_BY_NAME, byName)
                .set(AFTERSALES_REFUND_APPROVAL.REQUESTED_AT, now)
                .execute();
    }

    Optional<RefundApproval> pendingOfCase(UUID caseId) {
        return pending(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID.eq(caseId)).stream()
                .findFirst();
    }

    Optional<RefundApproval> pending(UUID approvalId) {
        return pending(AFTERSALES_REFUND_APPROVAL.ID.eq(approvalId)).stream().findFirst();
    }

    List<RefundApproval> allPending(int limit) {
        return pending(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID.isNotNull()).stream()
                .limit(limit)
                .toList();
    }

    int countPending() {
        return db.fetchCount(AFTERSALES_REFUND_APPROVAL, AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID.isNotNull());
    }

    /** Decides a request that is still pending: one row updated, or someone decided it first. */
    boolean decide(UUID approvalId, String outcome, UUID by, String note, Instant now) {
        return db.update(AFTERSALES_REFUND_APPROVAL)
                        .setNull(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID)
                        .set(AFTERSALES_REFUND_APPROVAL.OUTCOME, outcome)
                        .set(AFTERSALES_REFUND_APPROVAL.DECIDED_BY, by)
                        .set(AFTERSALES_REFUND_APPROVAL.DECIDED_AT, now)
                        .set(AFTERSALES_REFUND_APPROVAL.DECISION_NOTE, note)
                        .where(AFTERSALES_REFUND_APPROVAL.ID.eq(approvalId))
                        .and(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID.isNotNull())
                        .execute()
                == 1;
    }

    private List<RefundApproval> pending(Condition which) {
        return db.select(
                        AFTERSALES_REFUND_APPROVAL.ID,
                        AFTERSALES_REFUND_APPROVAL.CASE_ID,
                        AFTERSALES_CASE.CASE_NO,
                        AFTERSALES_REFUND_APPROVAL.AMOUNT_FEN,
                        AFTERSALES_REFUND_APPROVAL.REASON,
                        AFTERSALES_REFUND_APPROVAL.REQUESTED_BY_NAME,
                        AFTERSALES_REFUND_APPROVAL.REQUESTED_AT)
                .from(AFTERSALES_REFUND_APPROVAL)
                .join(AFTERSALES_CASE)
                .on(AFTERSALES_CASE.ID.eq(AFTERSALES_REFUND_APPROVAL.CASE_ID))
                .where(which.and(AFTERSALES_REFUND_APPROVAL.PENDING_CASE_ID.isNotNull()))
                .orderBy(AFTERSALES_REFUND_APPROVAL.REQUESTED_AT)
                .fetch(RefundApprovalRepository::approval);
    }

    private static RefundApproval approval(Record r) {
        return new RefundApproval(
                r.get(AFTERSALES_REFUND_APPROVAL.ID),
                r.get(AFTERSALES_REFUND_APPROVAL.CASE_ID),
                r.get(AFTERSALES_CASE.CASE_NO),
                r.get(AFTERSALES_REFUND_APPROVAL.AMOUNT_FEN),
                r.get(AFTERSALES_REFUND_APPROVAL.REASON),
                r.get(AFTERSALES_REFUND_APPROVAL.REQUESTED_BY_NAME),
                r.get(AFTERSALES_REFUND_APPROVAL.REQUESTED_AT));
    }
}
