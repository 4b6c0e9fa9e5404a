package com.ks.platform.credit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shopper's credit line as they (or compliance) see it: the limit, why, what is owed and what is left. */
public record CreditOverview(
        UUID accountId,
        String displayName,
        CreditStanding standing,
        int score,
        long limitFen,
        long owedFen,
        boolean frozen,
        Instant assessedAt,
        List<CreditFactor> factors) {

    /** What can still be spent: nothing while frozen, otherwise the limit less what is owed. */
    public long availableFen() {
        return frozen ? 0 : Math.max(0, limitFen - owedFen);
    }
}
