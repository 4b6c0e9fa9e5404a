package com.ks.platform.compliance;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What an officer records: the merchant, the kind, what happened, the penalty and its period in days (none for
 * termination), the products it concerns (required for delisting, optional otherwise) and evidence files.
 */
public record NewViolation(
        UUID merchantId,
        String typeCode,
        String description,
        Penalty penalty,
        Integer days,
        Set<UUID> productIds,
        List<EvidenceFile> evidence) {}
