package com.ks.platform.backup;

import java.time.Instant;
import java.util.List;

/**
 * A restore drill: a backup restored into a scratch database (and folder), then every table's row count and checksum
 * and the files' fingerprint compared with what the backup recorded. Passed when nothing differs.
 */
public record DrillResult(
        String backupId,
        Instant ranAt,
        long tookMillis,
        int tablesCompared,
        long rowsCompared,
        List<String> differences,
        String failure) {

    public boolean passed() {
        return failure == null && differences.isEmpty();
    }
}
