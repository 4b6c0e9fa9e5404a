package com.ks.platform.engagement;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in shopper's favourites (收藏): products and shops (收藏店铺). Adding twice or removing twice changes
 * nothing.
 */
@Service
@PreAuthorize(Roles.IS_SHOPPER)
public class FavouriteService {

    private final FavouriteRepository favourites;
    private final FavouriteShopRepository shops;
    private final CatalogQueries catalog;
    private final MerchantQueries merchants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FavouriteService(
            FavouriteRepository favourites,
            FavouriteShopRepository shops,
            CatalogQueries catalog,
            MerchantQueries merchants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.favourites = favourites;
        this.shops = shops;
        this.catalog = catalog;
        this.merchants = merchants;
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

    /** Which of a page of products are favourites, for the hearts on product cards (at most 100 asked at once). */
    @Transactional(readOnly = true)
    public Set<UUID> favouritesAmong(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        if (productIds.size() > 100) {
            throw new RuleViolated("error.favourite.tooMany");
        }
        return favourites.favouritesAmong(CurrentActor.requireAccountId(), productIds);
    }

    @Transactional(readOnly = true)
    public boolean isFavourite(UUID productId) {
        return favourites.exists(CurrentActor.requireAccountId(), productId);
    }

    /**
     * 收藏店铺: only a shop with a storefront page (trading, or suspended for a while) can be added; a shop that closed
     * can still be removed.
     */
    @Transactional
    public void addShop(UUID merchantId) {
        UUID me = CurrentActor.requireAccountId();
        if (shops.exists(me, merchantId)) {
            return;
        }
        boolean hasShopPage = merchantId != null
                && merchants
                        .publicFacts(merchantId)
                        .filter(m -> m.status().sells() || m.status() == MerchantStatus.SUSPENDED)
                        .isPresent();
        if (!hasShopPage) {
            throw new NotFound("error.merchant.notFound");
        }
        try {
            shops.insert(me, merchantId, clock.instant());
        } catch (DuplicateKeyException doubleClick) {
            // the same shopper added it a moment ago in another request
        }
    }

    @Transactional
    public void removeShop(UUID merchantId) {
        shops.delete(CurrentActor.requireAccountId(), merchantId);
    }

    /** @return whether the shop is a favourite afterwards */
    @Transactional
    public boolean toggleShop(UUID merchantId) {
        if (isFavouriteShop(merchantId)) {
            removeShop(merchantId);
            return false;
        }
        addShop(merchantId);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean isFavouriteShop(UUID merchantId) {
        return shops.exists(CurrentActor.requireAccountId(), merchantId);
    }
}
