package com.ks.platform.compliance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.compliance.violations.*}: how long a merchant has to appeal a violation (default 7 days), how many
 * evidence files one step may carry and how large each may be.
 */
@ConfigurationProperties("ks.compliance.violations")
public record ComplianceSettings(Duration appealWindow, Integer maxEvidenceFiles, Integer maxEvidenceBytes) {

    public ComplianceSettings {
        appealWindow = appealWindow == null ? Duration.ofDays(7) : appealWindow;
        maxEvidenceFiles = maxEvidenceFiles == null ? 5 : maxEvidenceFiles;
        maxEvidenceBytes = maxEvidenceBytes == null ? 10 * 1024 * 1024 : maxEvidenceBytes;
    }
}
