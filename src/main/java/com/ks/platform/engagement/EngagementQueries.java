package com.ks.platform.engagement;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.shared.CurrentActor;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in shopper's favourites and browsing history as product cards, newest first, a page at a time. Products
 * no longer on sale are left out of a page (so a page may hold fewer cards than asked for). Favourite shops are listed
 * whatever became of them, so a closed one can still be removed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SHOPPER)
public class EngagementQueries {

    static final int MAX_PAGE = 60;

    private final FavouriteRepository favourites;
    private final ViewHistoryRepository history;
    private final FavouriteShopRepository shops;
    private final CatalogQueries catalog;
    private final MerchantQueries merchants;

    EngagementQueries(
            FavouriteRepository favourites,
            ViewHistoryRepository history,
            FavouriteShopRepository shops,
            CatalogQueries catalog,
            MerchantQueries merchants) {
        this.favourites = favourites;
        this.history = history;
        this.shops = shops;
        this.catalog = catalog;
        this.merchants = merchants;
    }

    public List<FavouriteShop> myFavouriteShops(int offset, int limit) {
        return shops
                .newestFirst(CurrentActor.requireAccountId(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE))
                .stream()
                .flatMap(id -> merchants.publicFacts(id).stream())
                .map(m -> new FavouriteShop(
                        m.id(),
                        m.storeName(),
                        m.businessCategory(),
                        m.status().sells() || m.status() == MerchantStatus.SUSPENDED))
                .toList();
    }

    public int myFavouriteShopCount() {
        return shops.count(CurrentActor.requireAccountId());
    }

    public List<ProductCard> myFavourites(int offset, int limit) {
        return catalog.cards(favourites.newestFirst(
                CurrentActor.requireAccountId(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)));
    }

    public int myFavouriteCount() {
        return favourites.count(CurrentActor.requireAccountId());
    }

    public List<ProductCard> myHistory(int offset, int limit) {
        return catalog.cards(history.newestFirst(
                CurrentActor.requireAccountId(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE)));
    }

    public int myHistoryCount() {
        return history.count(CurrentActor.requireAccountId());
    }
}
