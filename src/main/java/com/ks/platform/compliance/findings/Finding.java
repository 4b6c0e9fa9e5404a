package com.ks.platform.compliance.findings;

import java.time.Instant;
import java.util.UUID;

/**
 * One automatic finding on a product. {@code term}: the word found (PRICE for a price); {@code excerpt}: the text
 * around it, or for a price "{price fen}|{category median fen}".
 */
public record Finding(
        UUID id,
        UUID merchantId,
        UUID productId,
        String productTitle,
        FindingKind kind,
        String term,
        String excerpt,
        String typeCode,
        FindingState state,
        Instant foundAt,
        String decidedBy,
        String decisionNote,
        UUID violationId) {}
