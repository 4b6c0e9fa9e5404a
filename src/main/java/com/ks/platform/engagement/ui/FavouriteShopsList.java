package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ui.ShopView;
import com.ks.platform.engagement.EngagementQueries;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.engagement.FavouriteShop;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/**
 * 收藏的店铺: each saved shop as a card linking to its page, with 取消收藏; a page at a time ("加载更多"). A shop that
 * closed since shows its name without a link, still removable.
 */
class FavouriteShopsList extends Div {

    static final int PAGE = 24;

    private final EngagementQueries queries;
    private final FavouriteService favourites;
    private final Runnable changed;
    private final Div grid = new Div();
    private final Button more = new Button();
    private int total;

    FavouriteShopsList(EngagementQueries queries, FavouriteService favourites, Runnable changed) {
        this.queries = queries;
        this.favourites = favourites;
        this.changed = changed;
        grid.addClassNames("ks-store-grid", "ks-favourite-shops");
        more.setText(getTranslation("engagement.loadMore"));
        more.addClickListener(click -> loadMore());
        Div footer = new Div(more);
        footer.addClassName("ks-tiles-more");
        add(grid, footer);
    }

    void reload(int total) {
        this.total = total;
        grid.removeAll();
        loadMore();
    }

    boolean isEmpty() {
        return grid.getComponentCount() == 0;
    }

    private void loadMore() {
        // the offset counts rows read; a shop that no longer exists at all is skipped, not re-read
        int offset = grid.getComponentCount();
        queries.myFavouriteShops(offset, PAGE).forEach(shop -> grid.add(card(shop)));
        more.setVisible(offset + PAGE < total);
    }

    private Div card(FavouriteShop shop) {
        Div card = new Div();
        card.addClassNames("ks-card", "ks-store-card");
        H3 name = new H3();
        if (shop.open()) {
            name.add(new RouterLink(shop.storeName(), ShopView.class, ShopView.parameters(shop.merchantId())));
        } else {
            name.setText(shop.storeName());
        }
        Span category = new Span(
                getTranslation(shop.open() ? "category." + shop.category().name() : "favouriteShop.closed"));
        category.addClassName("ks-muted");
        Button remove = new Button(getTranslation("favourites.remove"), VaadinIcon.HEART.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("favourites.removeOf", shop.storeName()));
        remove.addClickListener(click -> {
            favourites.removeShop(shop.merchantId());
            Notices.success("favouriteShop.removed");
            changed.run();
        });
        card.add(name, category, remove);
        return card;
    }
}
