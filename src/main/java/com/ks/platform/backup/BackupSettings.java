package com.ks.platform.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.backup.*}: where backups go, when the scheduled one runs (Asia/Shanghai), how many are kept and for how
 * long (the newest is always kept), whether a restore drill follows each scheduled backup, and the PostgreSQL client
 * programs (same major version as the server).
 */
@ConfigurationProperties("ks.backup")
record BackupSettings(
        Path directory,
        boolean scheduled,
        String cron,
        int keepCopies,
        Duration keepFor,
        boolean drillAfterBackup,
        String pgDump,
        String pgRestore) {

    BackupSettings {
        directory = directory == null ? Path.of("./data/backups") : directory;
        cron = cron == null || cron.isBlank() ? "0 30 3 * * *" : cron;
        if (keepCopies < 0) {
            throw new IllegalArgumentException("ks.backup.keep-copies must be 1 or more");
        }
        keepCopies = keepCopies == 0 ? 7 : keepCopies;
        keepFor = keepFor == null ? Duration.ofDays(14) : keepFor;
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("ks.backup.keep-for must be positive");
        }
        pgDump = pgDump == null || pgDump.isBlank() ? "pg_dump" : pgDump;
        pgRestore = pgRestore == null || pgRestore.isBlank() ? "pg_restore" : pgRestore;
    }
}
