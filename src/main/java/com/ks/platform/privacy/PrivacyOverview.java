package com.ks.platform.privacy;

import com.ks.platform.compliance.ComplianceOverviewSection;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The compliance overview's privacy cards: open requests, and those past their legal deadline (PIPL art. 50 asks for a
 * timely answer; the platform promises 15 working days), highlighted; requests received per week in the trend chart.
 */
@Component
class PrivacyOverview implements ComplianceOverviewSection {

    private final RequestRepository requests;
    private final Clock clock;

    PrivacyOverview(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures() {
        int overdue = requests.countOverdue(BusinessTime.dayOf(clock.instant()));
        return List.of(
                new Figure("overview.privacyOpen", requests.count(true), PrivacyRoutes.REQUESTS, false),
                new Figure("overview.privacyOverdue", overdue, PrivacyRoutes.REQUESTS, overdue > 0));
    }

    @Override
    public Map<String, List<Instant>> trends(Instant since) {
        return Map.of("overview.trend.privacy", requests.receivedSince(since));
    }
}
