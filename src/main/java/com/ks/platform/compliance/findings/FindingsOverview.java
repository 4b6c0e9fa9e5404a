package com.ks.platform.compliance.findings;

import com.ks.platform.compliance.ComplianceOverviewSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The overview's card of findings waiting for an officer, and the findings per week. */
@Component
class FindingsOverview implements ComplianceOverviewSection {

    private final FindingRepository findings;

    FindingsOverview(FindingRepository findings) {
        this.findings = findings;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures() {
        int proposed = findings.count(FindingState.PROPOSED);
        return List.of(new Figure("overview.findingsProposed", proposed, "compliance/findings", proposed > 0));
    }

    @Override
    public Map<String, List<Instant>> trends(Instant since) {
        return Map.of("overview.trend.findings", findings.foundSince(since));
    }
}
