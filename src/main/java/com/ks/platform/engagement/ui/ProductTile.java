package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * A product in a grid: square picture, title clamped to two lines, price; the whole card is one link. An optional
 * action (e.g. 取消收藏) sits below the link. Replace with the catalog's card component once it is on main.
 */
class ProductTile extends Div {

    ProductTile(ProductCard card, Component action) {
        addClassName("ks-tile");
        Image image = new Image(ProductArt.url(card.coverImage(), card.title()), card.title());
        image.addClassName("ks-tile-image");
        Span title = new Span(card.title());
        title.addClassName("ks-tile-title");
        long min = card.minPriceFen();
        Span price = new Span(Formats.money(min, getLocale()) + (card.maxPriceFen() > min ? " 起" : ""));
        price.addClassNames("ks-tile-price", "ks-tabular");
        Span store = new Span(card.storeName());
        store.addClassNames("ks-muted", "ks-tile-store");
        Anchor link = new Anchor("product/" + card.id());
        link.addClassName("ks-tile-link");
        link.add(image, title, price, store);
        add(link);
        if (action != null) {
            add(action);
        }
    }
}
