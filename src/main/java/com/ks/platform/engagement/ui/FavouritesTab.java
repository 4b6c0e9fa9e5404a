package com.ks.platform.engagement.ui;

import java.util.Optional;

/** The tabs of 我的收藏: saved products and saved shops (收藏的店铺). */
enum FavouritesTab {
    PRODUCTS,
    SHOPS;

    String messageKey() {
        return "favourites.tab." + name();
    }

    static Optional<FavouritesTab> of(String name) {
        for (FavouritesTab tab : values()) {
            if (tab.name().equals(name)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }
}
