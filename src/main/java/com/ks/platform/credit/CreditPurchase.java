package com.ks.platform.credit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One purchase on credit with its periods (one without installments; 3, 6 or 12 with them). */
public record CreditPurchase(
        UUID id,
        UUID paymentId,
        long principalFen,
        long feeFen,
        int periods,
        long refundedFen,
        Instant purchasedAt,
        List<InstallmentSchedule.Period> schedule) {}
