package com.ks.platform.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Figures on the compliance overview contributed by the part of the platform that owns them (findings and audits here;
 * other modules implement it as they implement the ui kit's {@code MerchantHomeSection}), so the overview lists what
 * exists without knowing each source. Called for a signed-in compliance officer.
 */
public interface ComplianceOverviewSection {

    /** Lower comes first. */
    int order();

    /** The section's figures as cards. */
    List<Figure> figures();

    /** Series for the 90-day trend chart: a message key naming the series → when each counted event happened. */
    default Map<String, List<Instant>> trends(Instant since) {
        return Map.of();
    }

    /**
     * A number with its label (message key), the route where those things are dealt with, and whether it needs
     * attention now (overdue, due): such a card is highlighted.
     */
    record Figure(String labelKey, int value, String route, boolean needsAttention) {}
}
