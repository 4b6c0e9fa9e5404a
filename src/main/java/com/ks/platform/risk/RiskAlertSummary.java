package com.ks.platform.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One alert as a compliance officer sees it: the shopper only masked (PIPL art. 51, the least that serves). */
public record RiskAlertSummary(
        UUID id,
        Instant createdAt,
        String maskedShopper,
        long amountFen,
        RiskDecision decision,
        List<RiskReason> reasons,
        RiskAlertStatus status,
        String note) {}
