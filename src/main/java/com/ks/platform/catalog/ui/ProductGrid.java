package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductCard;
import com.ks.platform.ui.ProductCardFavourite;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/** Product cards in a responsive grid: four to six across on a laptop, two on a phone; optionally a 收藏 heart each. */
public class ProductGrid extends Div {

    private Consumer<UUID> onClick = id -> {};
    private ProductCardFavourite hearts;

    public ProductGrid() {
        addClassName("ks-product-grid");
    }

    public ProductGrid(List<ProductCard> cards, Locale locale) {
        this();
        addCards(cards, locale);
    }

    public void addCards(List<ProductCard> cards, Locale locale) {
        if (hearts == null) {
            cards.forEach(card -> add(new ProductCardView(card, locale, onClick)));
            return;
        }
        Function<UUID, Component> heartOf =
                hearts.hearts(cards.stream().map(ProductCard::id).toList());
        for (ProductCard card : cards) {
            // the heart sits beside the card's link, not inside it: a click on it must not open the product
            Div cell = new Div(new ProductCardView(card, locale, onClick));
            cell.addClassName("ks-product-cell");
            Component heart = heartOf.apply(card.id());
            if (heart != null) {
                cell.add(heart);
            }
            add(cell);
        }
    }

    /** 收藏 on every card from now on, where a module offers it (engagement); none when absent. */
    public ProductGrid withFavourites(ObjectProvider<ProductCardFavourite> favourites) {
        this.hearts = favourites.orderedStream().findFirst().orElse(null);
        return this;
    }

    /** What to do when a card is clicked (before the browser follows its link). */
    public ProductGrid onProductClick(Consumer<UUID> action) {
        this.onClick = action;
        return this;
    }
}
