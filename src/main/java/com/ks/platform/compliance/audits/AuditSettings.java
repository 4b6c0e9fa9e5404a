package com.ks.platform.compliance.audits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.compliance.audits.*}: how many merchants one draw samples (default 5), how long an officer has for a task
 * (default 14 days), and when the periodic draw runs.
 */
@ConfigurationProperties("ks.compliance.audits")
public record AuditSettings(Integer sampleSize, Duration dueIn, String sampleCron) {

    public AuditSettings {
        sampleSize = sampleSize == null ? 5 : sampleSize;
        dueIn = dueIn == null ? Duration.ofDays(14) : dueIn;
    }
}
