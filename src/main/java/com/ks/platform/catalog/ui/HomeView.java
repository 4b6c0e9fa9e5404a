package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.Recommendations;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.StoreCard;
import com.ks.platform.ui.ProductCardFavourite;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The storefront home: promise banner, categories, best sellers (once there are sales), new arrivals, shops. */
@Route(value = "", layout = StorefrontLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 10;

    public HomeView(
            CatalogQueries catalog,
            MerchantQueries merchants,
            ObjectProvider<Recommendations> recommendations,
            ObjectProvider<ProductCardFavourite> favourites) {
        Div hero = new Div(new H1(getTranslation("home.hero.title")), new Paragraph(getTranslation("home.hero.text")));
        hero.addClassName("ks-hero");
        add(hero, categoryTiles(catalog));
        recommendations.ifAvailable(recommender -> add(new RecommendedStrip(recommender)));
        strip("home.hot.title", catalog.bestSellers(SHOWN), favourites);
        strip("home.new.title", catalog.newArrivals(SHOWN), favourites);
        add(stores(merchants.tradingStores(12)));
    }

    private Div categoryTiles(CatalogQueries catalog) {
        Div tiles = new Div();
        tiles.addClassName("ks-category-tiles");
        for (var category : catalog.categoryTree()) {
            Anchor tile = new Anchor("search?category=" + category.code(), category.name(getLocale()));
            tile.addClassName("ks-category-tile");
            tiles.add(tile);
        }
        return tiles;
    }

    private void strip(String titleKey, List<ProductCard> cards, ObjectProvider<ProductCardFavourite> favourites) {
        if (cards.isEmpty()) {
            return;
        }
        ProductGrid grid = new ProductGrid().withFavourites(favourites);
        grid.addCards(cards, getLocale());
        Section section = new Section(new H2(getTranslation(titleKey)), grid);
        section.addClassName("ks-home-section");
        add(section);
    }

    private Section stores(List<StoreCard> stores) {
        Section section = new Section(new H2(getTranslation("home.stores.title")));
        section.addClassName("ks-home-section");
        Div grid = new Div();
        grid.addClassName("ks-grid");
        for (StoreCard store : stores) {
            RouterLink card = new RouterLink("", ShopView.class, ShopView.parameters(store.id()));
            card.add(new H3(store.storeName()));
            card.addClassNames("ks-card", "ks-store-card");
            Span category = new Span(
                    getTranslation("category." + store.businessCategory().name()));
            category.addClassName("ks-status");
            card.add(category);
            grid.add(card);
        }
        section.add(stores.isEmpty() ? new Paragraph(getTranslation("home.stores.empty")) : grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
