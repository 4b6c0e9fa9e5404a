package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductCard;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** Product cards in a responsive grid: four to six across on a laptop, two on a phone. */
public class ProductGrid extends Div {

    private Consumer<UUID> onClick = id -> {};

    public ProductGrid() {
        addClassName("ks-product-grid");
    }

    public ProductGrid(List<ProductCard> cards, Locale locale) {
        this();
        addCards(cards, locale);
    }

    public void addCards(List<ProductCard> cards, Locale locale) {
        cards.forEach(card -> add(new ProductCardView(card, locale, onClick)));
    }

    /** What to do when a card is clicked (before the browser follows its link). */
    public ProductGrid onProductClick(Consumer<UUID> action) {
        this.onClick = action;
        return this;
    }
}
