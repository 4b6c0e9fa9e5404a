package com.ks.platform.compliance;

import java.time.Instant;
import java.util.UUID;

/** A recorded violation with its penalty and appeal, as the officer and the merchant see it. */
public record Violation(
        UUID id,
        String number,
        UUID merchantId,
        String storeName,
        String typeCode,
        String description,
        Penalty penalty,
        ViolationState state,
        Instant penaltyEndsAt,
        String decidedBy,
        Instant decidedAt,
        Instant appealDeadline,
        AppealState appealState,
        String appealText,
        Instant appealedAt,
        String appealDecidedBy,
        String appealNote,
        Instant appealDecidedAt) {

    /** The merchant may still appeal: none sent yet and the deadline not passed. */
    public boolean appealOpen(Instant now) {
        return appealState == AppealState.NONE && now.isBefore(appealDeadline);
    }
}
