package com.ks.platform.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup ({@code ks.backup.cron}, business time zone), on one node at a time, then retention, then — unless
 * switched off — a restore drill of the backup just made, so a backup that cannot be restored is noticed the same night.
 */
@Component
@ConditionalOnProperty(name = "ks.backup.scheduled", havingValue = "true")
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final BackupEngine engine;
    private final BackupSettings settings;

    BackupSchedule(BackupEngine engine, BackupSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    @Scheduled(cron = "${ks.backup.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT6H")
    void run() {
        BackupSummary backup = engine.backUp();
        var deleted = engine.applyRetention();
        log.info("Scheduled backup {} done; {} old backup(s) deleted", backup.id(), deleted.size());
        if (settings.drillAfterBackup()) {
            DrillResult drill = engine.drill(backup.id());
            if (drill.passed()) {
                log.info("Restore drill of {} passed: {} tables compared", backup.id(), drill.tablesCompared());
            } else {
                log.error("Restore drill of {} FAILED: {} {}", backup.id(), drill.differences(), drill.failure());
            }
        }
    }
}
