package com.ks.platform.engagement;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in shopper's favourites (收藏). Adding twice or removing twice changes nothing. */
@Service
@PreAuthorize(Roles.IS_SHOPPER)
public class FavouriteService {

    private final FavouriteRepository favourites;
    private final CatalogQueries catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FavouriteService(
            FavouriteRepository favourites, CatalogQueries catalog, ApplicationEventPublisher events, Clock clock) {
        this.favourites = favourites;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** Only products on sale can be added; a product taken off sale can still be removed. */
    @Transactional
    public void add(UUID productId) {
        UUID me = CurrentActor.requireAccountId();
        if (favourites.exists(me, productId)) {
            return;
        }
        if (catalog.cards(List.of(productId)).isEmpty()) {
            throw new NotFound("error.product.notFound");
        }
        try {
            favourites.insert(me, productId, clock.instant());
            events.publishEvent(BehaviourEvent.favourite(productId, true));
        } catch (DuplicateKeyException doubleClick) {
            // the same shopper added it a moment ago in another request
        }
    }

    @Transactional
    public void remove(UUID productId) {
        if (favourites.delete(CurrentActor.requireAccountId(), productId)) {
            events.publishEvent(BehaviourEvent.favourite(productId, false));
        }
    }

    /** @return whether the product is a favourite afterwards */
    @Transactional
    public boolean toggle(UUID productId) {
        if (isFavourite(productId)) {
            remove(productId);
            return false;
        }
        add(productId);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isFavourite(UUID productId) {
        return favourites.exists(CurrentActor.requireAccountId(), productId);
    }
}
