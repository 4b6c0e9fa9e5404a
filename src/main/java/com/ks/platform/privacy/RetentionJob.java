package com.ks.platform.privacy;

import com.ks.platform.shared.RetainedRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges retained records older than their configured period ({@code ks.privacy.retention.*}), once a night on one
 * node (ShedLock). A kind without a configured period is kept and named in the log, never purged by a guess.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetainedRecords> kinds;
    private final PrivacySettings settings;
    private final Clock clock;

    RetentionJob(List<RetainedRecords> kinds, PrivacySettings settings, Clock clock) {
        this.kinds = kinds;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${ks.privacy.retention-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
    void run() {
        Map<String, Integer> purged = purge();
        if (purged.values().stream().anyMatch(n -> n > 0)) {
            log.info("Retention: purged {}", purged);
        }
    }

    Map<String, Integer> purge() {
        Map<String, Integer> purged = new LinkedHashMap<>();
        for (RetainedRecords kind : kinds) {
            Duration period = settings.retention().get(kind.name());
            if (period == null) {
                log.warn(
                        "Retention: no period configured for {} (ks.privacy.retention.{}); kept",
                        kind.name(),
                        kind.name());
                continue;
            }
            purged.put(kind.name(), kind.purgeBefore(clock.instant().minus(period)));
        }
        return purged;
    }
}
