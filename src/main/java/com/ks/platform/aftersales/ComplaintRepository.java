package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;

import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ComplaintRepository {

    static final String UPHELD = "UPHELD";
    static final String DISMISSED = "DISMISSED";

    private final DSLContext db;

    ComplaintRepository(DSLContext db) {
        this.db = db;
    }

    boolean hasOpen(UUID orderId) {
        return db.fetchExists(AFTERSALES_CASE, AFTERSALES_CASE.OPEN_COMPLAINT_ORDER_ID.eq(orderId));
    }

    /** Refunds recorded by the order's cases but not yet carried out (payment does not count them yet). */
    long pendingRefunds(UUID orderId) {
        Long sum = db.select(DSL.sum(AFTERSALES_CASE.REFUND_FEN))
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE
                        .ORDER_ID
                        .eq(orderId)
                        .and(AFTERSALES_CASE.STATE.eq(CaseState.REFUND_PENDING.name())))
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    ComplaintCounts against(UUID merchantId, Instant since) {
        var counts = db.select(DSL.count(), DSL.count().filterWhere(AFTERSALES_CASE.COMPLAINT_OUTCOME.eq(UPHELD)))
                .from(AFTERSALES_CASE)
                .where(AFTERSALES_CASE
                        .MERCHANT_ID
                        .eq(merchantId)
                        .and(AFTERSALES_CASE.CASE_TYPE.eq(CaseType.COMPLAINT.name()))
                        .and(AFTERSALES_CASE.CREATED_AT.ge(since)))
                .fetchOne();
        return new ComplaintCounts(counts.value1(), counts.value2());
    }
}
