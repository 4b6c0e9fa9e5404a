package com.ks.platform.engagement;

import com.ks.platform.identity.Role;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.ui.RecentSearches;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recent searches come from the shopper's own SEARCH events, which are tied to the account only while their
 * personalisation consent is on (see {@link Tracking}); without it there is nothing to offer.
 */
@Component
class ShopperRecentSearches implements RecentSearches {

    private final BehaviourEventRepository events;

    ShopperRecentSearches(BehaviourEventRepository events) {
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> mine(int limit) {
        if (!CurrentActor.hasRole(Role.SHOPPER.name())) {
            return List.of();
        }
        return events.recentSearches(CurrentActor.requireAccountId(), Math.min(limit, 20));
    }
}
