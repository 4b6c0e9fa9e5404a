package com.ks.platform.merchant;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A recorded decision: who decided what, when, why, having seen which document versions. */
public record ReviewDecision(
        UUID id,
        UUID merchantId,
        ReviewOutcome outcome,
        RejectionReason reason,
        String message,
        Set<DocumentKind> requestedKinds,
        List<String> documentsSeen,
        String officerLabel,
        Instant decidedAt) {}
