package com.ks.platform.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One privacy request as its requester and the officers see it. */
public record PrivacyRequestSummary(
        UUID id,
        String requestNo,
        UUID accountId,
        PrivacyRequestKind kind,
        String body,
        boolean resolved,
        Instant receivedAt,
        LocalDate dueOn,
        String reply,
        Instant resolvedAt) {

    public boolean overdueOn(LocalDate today) {
        return !resolved && today.isAfter(dueOn);
    }
}
