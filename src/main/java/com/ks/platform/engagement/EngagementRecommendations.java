package com.ks.platform.engagement;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.Recommendations;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.ConsentPurpose;
import com.ks.platform.identity.Role;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.CurrentActor;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The first recommender: the categories a shopper engaged with (viewed, favourited), minus the categories they said
 * they were not interested in, and never a product they dismissed or already bought. Uses personal data only with
 * the shopper's PERSONALISATION consent.
 */
@Component
class EngagementRecommendations implements Recommendations {

    private static final int HISTORY_READ = 50;
    private static final int FAVOURITES_READ = 50;

    private final AccountQueries accounts;
    private final EngagementQueries engagement;
    private final RecommendationFeedback feedback;
    private final CatalogQueries catalog;

    EngagementRecommendations(
            AccountQueries accounts,
            EngagementQueries engagement,
            RecommendationFeedback feedback,
            CatalogQueries catalog) {
        this.accounts = accounts;
        this.engagement = engagement;
        this.feedback = feedback;
        this.catalog = catalog;
    }

    @Override
    public List<ProductCard> forCurrentShopper(int limit) {
        if (!personalisationAllowed()) {
            return List.of();
        }
        Map<String, Integer> interest = new HashMap<>();
        engagement.myHistory(0, HISTORY_READ).forEach(card -> interest.merge(card.categoryCode(), 1, Integer::sum));
        engagement
                .myFavourites(0, FAVOURITES_READ)
                .forEach(card -> interest.merge(card.categoryCode(), 3, Integer::sum));
        feedback.categoryPenalties()
                .forEach((category, penalty) -> interest.merge(category, -2 * penalty, Integer::sum));
        Set<String> categories = interest.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (categories.isEmpty()) {
            return List.of();
        }
        Set<UUID> excluded = new LinkedHashSet<>(feedback.notInterestedProductIds());
        excluded.addAll(feedback.alreadyBoughtProductIds());
        return catalog.inCategories(categories, limit + excluded.size()).stream()
                .filter(card -> !excluded.contains(card.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public void feedback(UUID productId, BehaviourEvent.Feedback verdict) {
        feedback.record(productId, verdict);
    }

    private boolean personalisationAllowed() {
        return CurrentActor.hasRole(Role.SHOPPER.name())
                && accounts.myConsents().getOrDefault(ConsentPurpose.PERSONALISATION, false);
    }
}
