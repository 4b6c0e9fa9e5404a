package com.ks.platform.engagement;

import com.ks.platform.catalog.search.SearchFeedback;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells search which products shoppers opened from a query's results. Aggregates only: counts per product, whoever
 * clicked (events without personalisation consent are stored without an account and count the same).
 */
@Component
class SearchClickFeedback implements SearchFeedback {

    private final BehaviourEventRepository events;

    SearchClickFeedback(BehaviourEventRepository events) {
        this.events = events;
    }

    @Override
    public Map<UUID, Integer> productsChosenAfter(String query, int limit) {
        if (query == null || query.isBlank() || query.length() > 100) {
            return Map.of();
        }
        return events.clicksAfterSearch(query, Math.clamp(limit, 1, 200));
    }
}
