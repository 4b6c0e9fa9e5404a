package com.ks.platform.compliance.audits;

import com.ks.platform.compliance.ComplianceOverviewSection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The overview's cards of open and overdue audits (overdue highlighted), and the audits opened per week. */
@Component
class AuditsOverview implements ComplianceOverviewSection {

    private final AuditTaskRepository tasks;
    private final Clock clock;

    AuditsOverview(AuditTaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures() {
        int overdue = tasks.countOverdue(clock.instant());
        return List.of(
                new Figure("overview.auditsOpen", tasks.count(AuditTaskState.OPEN), "compliance/audits", false),
                new Figure("overview.auditsOverdue", overdue, "compliance/audits", overdue > 0));
    }

    @Override
    public Map<String, List<Instant>> trends(Instant since) {
        return Map.of("overview.trend.audits", tasks.createdSince(since));
    }
}
