package com.ks.platform.shared;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail: who did what to which object, when and why. */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        UUID actorId,
        String actorLabel,
        String action,
        String objectType,
        String objectId,
        String reason,
        String details) {}
