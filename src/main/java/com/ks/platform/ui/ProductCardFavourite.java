package com.ks.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/**
 * 收藏 on the product cards of storefront grids, contributed by engagement so the catalog shows it without depending on
 * engagement. Asked once per page of cards (one lookup of which are favourites), then once per card; a card gets no
 * button (null) when whoever is looking cannot keep favourites (merchants, staff).
 */
public interface ProductCardFavourite {

    Function<UUID, Component> hearts(Collection<UUID> productIds);
}
