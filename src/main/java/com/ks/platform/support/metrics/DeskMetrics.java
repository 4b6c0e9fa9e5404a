package com.ks.platform.support.metrics;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BusinessTime;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leads' metrics, computed by the database (percentiles, counts, averages) for a chosen period. */
@Service
public class DeskMetrics {

    private final MetricsRepository metrics;
    private final Clock clock;

    DeskMetrics(MetricsRepository metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional(readOnly = true)
    public DeskReport report(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(BusinessTime.MAX_REPORT_DAYS).isBefore(to)) {
            throw new RuleViolated(Map.of("period", "error.desk.period"));
        }
        return metrics.report(
                from, to, BusinessTime.startOf(from), BusinessTime.startOf(to.plusDays(1)), clock.instant());
    }
}
