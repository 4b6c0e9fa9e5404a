package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.ui.ProductPagePart;
import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * 收藏 beside the buying panel. A shopper toggles it; a visitor is sent to sign in and comes back to the product
 * (through {@link FavouriteSignInView}); other roles (merchants, staff) see no button.
 */
@org.springframework.stereotype.Component
class FavouriteButtonPart implements ProductPagePart {

    private final FavouriteService favourites;

    FavouriteButtonPart(FavouriteService favourites) {
        this.favourites = favourites;
    }

    @Override
    public Place place() {
        return Place.BESIDE_BUYING;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID productId) {
        return FavouriteToggle.create(
                FavouriteToggle.PRODUCT,
                () -> favourites.isFavourite(productId),
                () -> favourites.toggle(productId),
                button -> button.getUI()
                        .ifPresent(ui ->
                                ui.navigate(FavouriteSignInView.class, FavouriteSignInView.parameters(productId))));
    }
}
