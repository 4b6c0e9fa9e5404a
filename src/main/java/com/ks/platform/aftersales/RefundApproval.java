package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.UUID;

/** An agent's refund above their limit, waiting for a lead. */
public record RefundApproval(
        UUID id, UUID caseId, String caseNo, long amountFen, String reason, String requestedBy, Instant requestedAt) {}
