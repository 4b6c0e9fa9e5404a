package com.ks.platform.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.privacy.*}: the grace period before a closed account is erased, the working days within which a privacy
 * request is answered (with the holidays and the weekend days worked instead, 调休), and how long each kind of retained
 * record is kept.
 */
@ConfigurationProperties("ks.privacy")
public record PrivacySettings(
        String policyVersion,
        Duration closureGracePeriod,
        int requestWorkingDays,
        List<LocalDate> holidays,
        List<LocalDate> extraWorkdays,
        Map<String, Duration> retention) {

    public PrivacySettings {
        closureGracePeriod = closureGracePeriod == null ? Duration.ofDays(15) : closureGracePeriod;
        requestWorkingDays = requestWorkingDays <= 0 ? 15 : requestWorkingDays;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        extraWorkdays = extraWorkdays == null ? List.of() : List.copyOf(extraWorkdays);
        retention = retention == null ? Map.of() : Map.copyOf(retention);
    }
}
