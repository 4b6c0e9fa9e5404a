package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * 收藏店铺 on the shop page and the product page's merchant card, contributed by engagement (which keeps favourites) so
 * the catalog shows it without depending on engagement. The component suits whoever is looking: a shopper toggles it, a
 * visitor is led to sign in and back, other roles see nothing.
 */
public interface ShopFavouriteButton {

    Component create(UUID merchantId);
}
