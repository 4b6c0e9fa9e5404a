package com.ks.platform.engagement.ui;

import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.ui.ShopFavouriteButton;
import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * 收藏店铺 on the shop page and the product page's merchant card. A visitor is sent to sign in and comes back to the
 * shop (through {@link ShopFavouriteSignInView}).
 */
@org.springframework.stereotype.Component
class ShopFavouriteButtonPart implements ShopFavouriteButton {

    private final FavouriteService favourites;

    ShopFavouriteButtonPart(FavouriteService favourites) {
        this.favourites = favourites;
    }

    @Override
    public Component create(UUID merchantId) {
        return FavouriteToggle.create(
                FavouriteToggle.SHOP,
                () -> favourites.isFavouriteShop(merchantId),
                () -> favourites.toggleShop(merchantId),
                button -> button.getUI()
                        .ifPresent(ui -> ui.navigate(
                                ShopFavouriteSignInView.class, ShopFavouriteSignInView.parameters(merchantId))));
    }
}
