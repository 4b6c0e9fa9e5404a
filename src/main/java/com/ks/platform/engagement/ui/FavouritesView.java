package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.engagement.EngagementQueries;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 我的收藏: the shopper's saved products and saved shops (收藏的店铺), newest first, each removable. */
@Route(value = "account/favourites", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class FavouritesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final FavouriteService favourites;
    private final EngagementQueries queries;
    private final Span count = new Span();
    private final LinkTabs<FavouritesTab> tabs;
    private final ProductTiles tiles;
    private final FavouriteShopsList shops;
    private final Div body = new Div();
    private FavouritesTab current = FavouritesTab.PRODUCTS;

    public FavouritesView(FavouriteService favourites, EngagementQueries queries) {
        this.favourites = favourites;
        this.queries = queries;
        addClassName("ks-engagement");
        tiles = new ProductTiles(queries::myFavourites, this::removeButton);
        shops = new FavouriteShopsList(queries, favourites, this::refresh);
        tabs = new LinkTabs<>(
                getTranslation("favourites.tabs"), FavouritesView.class, "tab", List.of(FavouritesTab.values()));
        count.addClassName("ks-muted");
        Div heading = new Div(new H1(getTranslation("favourites.title")), count);
        heading.addClassName("ks-cart-heading");
        add(heading, tabs, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("favourites.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .flatMap(FavouritesTab::of)
                .orElse(FavouritesTab.PRODUCTS);
        refresh();
    }

    private void refresh() {
        int products = queries.myFavouriteCount();
        int shopCount = queries.myFavouriteShopCount();
        tabs.setLabel(FavouritesTab.PRODUCTS, label(FavouritesTab.PRODUCTS, products));
        tabs.setLabel(FavouritesTab.SHOPS, label(FavouritesTab.SHOPS, shopCount));
        tabs.select(current);
        body.removeAll();
        if (current == FavouritesTab.SHOPS) {
            count.setText(shopCount == 0 ? "" : getTranslation("favouriteShop.count", shopCount));
            shops.reload(shopCount);
            body.add(
                    shops.isEmpty()
                            ? new EmptyState(VaadinIcon.SHOP, "favouriteShop.empty", "favouriteShop.emptyHint")
                            : shops);
            return;
        }
        count.setText(products == 0 ? "" : getTranslation("favourites.count", products));
        tiles.reload(products);
        body.add(
                tiles.isEmpty()
                        ? new EmptyState(VaadinIcon.HEART_O, "favourites.empty", "favourites.emptyHint")
                        : tiles);
    }

    private String label(FavouritesTab tab, int count) {
        return getTranslation(tab.messageKey()) + (count > 0 ? " " + count : "");
    }

    private Component removeButton(ProductCard card) {
        Button remove = new Button(getTranslation("favourites.remove"), VaadinIcon.HEART.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("favourites.removeOf", card.title()));
        remove.addClickListener(click -> {
            favourites.remove(card.id());
            Notices.success("favourites.removed");
            refresh();
        });
        return remove;
    }
}
