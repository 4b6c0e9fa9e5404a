package com.ks.platform.intrusion;

import java.time.Instant;
import java.util.UUID;

/** A source refused until {@code blockedUntil}, and the pattern that blocked it. */
public record BlockedSourceSummary(
        UUID id, String source, AttackPattern pattern, Instant blockedAt, Instant blockedUntil) {}
