package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.ui.ProductCardView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** The catalog's product card with an optional action (e.g. 取消收藏) below it. */
class ProductTile extends Div {

    ProductTile(ProductCard card, Component action) {
        addClassName("ks-tile");
        add(new ProductCardView(card, getLocale()));
        if (action != null) {
            add(action);
        }
    }
}
