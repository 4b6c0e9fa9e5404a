package com.ks.platform.intrusion;

import java.time.Instant;
import java.util.UUID;

/** One detection: the pattern, where it came from, how many signals crossed the threshold, whether it blocked. */
public record SecurityEventSummary(
        UUID id,
        AttackPattern pattern,
        String source,
        UUID accountId,
        int signalCount,
        String detail,
        Instant detectedAt,
        boolean blocked) {}
