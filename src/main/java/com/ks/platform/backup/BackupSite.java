package com.ks.platform.backup;

import java.nio.file.Path;

/**
 * What a backup covers: one database and the local file storage folder ({@code null} when files live in S3-compatible
 * storage, which keeps its own versions and replicas — docs/operations.md).
 */
record BackupSite(DatabaseAddress database, Path filesRoot) {}
