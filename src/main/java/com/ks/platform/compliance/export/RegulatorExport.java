package com.ks.platform.compliance.export;

import java.time.Instant;
import java.util.UUID;

/** An export made: the request it answered, who made it, and the archive's digest, size and signing key. */
public record RegulatorExport(
        UUID id,
        UUID merchantId,
        String authority,
        String reference,
        String reason,
        Instant periodFrom,
        Instant periodTo,
        String officer,
        Instant createdAt,
        long sizeBytes,
        String sha256,
        String keyId) {

    /** The archive's file name, e.g. {@code regulator-export-<reference>.zip} with the reference made file-safe. */
    public String fileName() {
        return "regulator-export-" + reference.replaceAll("[^\\p{L}\\p{N}_-]", "_") + ".zip";
    }
}
