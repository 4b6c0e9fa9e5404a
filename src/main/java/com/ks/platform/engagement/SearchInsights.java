package com.ks.platform.engagement;

import com.ks.platform.identity.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What shoppers searched for, from the SEARCH behaviour events the storefront records with their result count: the
 * most frequent search texts and those that found nothing, over the last days. For administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class SearchInsights {

    /** The periods the console offers, in days. */
    public static final List<Integer> PERIODS = List.of(7, 30);

    static final int MAX_ROWS = 50;

    private final BehaviourEventRepository events;
    private final Clock clock;

    SearchInsights(BehaviourEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public List<QueryCount> topQueries(int days) {
        return events.searchCounts(since(days), false, MAX_ROWS);
    }

    public List<QueryCount> zeroResultQueries(int days) {
        return events.searchCounts(since(days), true, MAX_ROWS);
    }

    private Instant since(int days) {
        if (!PERIODS.contains(days)) {
            throw new IllegalArgumentException("period " + days);
        }
        return clock.instant().minus(Duration.ofDays(days));
    }

    /** A search text, how many times it was searched in the period, and when last. */
    public record QueryCount(String query, int searches, Instant lastSearchedAt) {}
}
