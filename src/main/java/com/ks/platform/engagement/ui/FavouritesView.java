package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.engagement.EngagementQueries;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的收藏: the shopper's saved products, newest first, each removable. */
@Route(value = "account/favourites", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class FavouritesView extends Div implements HasDynamicTitle {

    private final FavouriteService favourites;
    private final EngagementQueries queries;
    private final Span count = new Span();
    private final ProductTiles tiles;
    private final Div body = new Div();

    public FavouritesView(FavouriteService favourites, EngagementQueries queries) {
        this.favourites = favourites;
        this.queries = queries;
        addClassName("ks-engagement");
        tiles = new ProductTiles(queries::myFavourites, this::removeButton);
        count.addClassName("ks-muted");
        Div heading = new Div(new H1(getTranslation("favourites.title")), count);
        heading.addClassName("ks-cart-heading");
        add(heading, body);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("favourites.title") + " · Ks 下单平台";
    }

    private void refresh() {
        int total = queries.myFavouriteCount();
        count.setText(total == 0 ? "" : getTranslation("favourites.count", total));
        body.removeAll();
        tiles.reload(total);
        body.add(
                tiles.isEmpty()
                        ? new EmptyState(VaadinIcon.HEART_O, "favourites.empty", "favourites.emptyHint")
                        : tiles);
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
