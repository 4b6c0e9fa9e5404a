package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.UUID;

/** One row of a case list (the shopper's 售后 tab, the merchant's queue). */
public record CaseSummary(
        UUID id,
        String caseNo,
        String orderNo,
        String title,
        CaseType type,
        CaseReason reason,
        int quantity,
        CaseState state,
        CaseDetails.Actor nextActor,
        Instant deadlineAt,
        long refundFen,
        Instant createdAt) {}
