package com.ks.platform.backup;

import java.time.Instant;

/** One complete backup: when, which engine, how much it holds and how large it is on disk. */
public record BackupSummary(
        String id, Instant createdAt, String engine, int tables, long rows, long files, long sizeBytes) {}
