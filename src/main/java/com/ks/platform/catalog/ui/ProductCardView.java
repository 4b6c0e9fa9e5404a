package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** A product in a listing: square picture, title on two lines, price, sales, rating and badges; all one link. */
public class ProductCardView extends Anchor {

    public ProductCardView(ProductCard card, Locale locale) {
        this(card, locale, id -> {});
    }

    public ProductCardView(ProductCard card, Locale locale, Consumer<UUID> onClick) {
        setHref("product/" + card.id());
        addClassName("ks-product-card");
        Image picture = new Image(ProductArt.url(card.coverImage(), card.title()), card.title());
        picture.addClassName("ks-product-image");
        picture.getElement().setAttribute("loading", "lazy");
        picture.getElement().setAttribute("width", "400");
        picture.getElement().setAttribute("height", "400");
        Span title = new Span(card.title());
        title.addClassName("ks-product-title");
        Span price = new Span(Formats.money(card.minPriceFen(), locale)
                + (card.maxPriceFen() > card.minPriceFen() ? getTranslation("product.priceFrom") : ""));
        price.addClassNames("ks-price", "ks-tabular");
        Div badges = new Div();
        badges.addClassName("ks-badges");
        if (card.returnable7d()) {
            badges.add(badge("badge.returns"));
        }
        if (card.freeShipping()) {
            badges.add(badge("badge.freeShipping"));
        }
        if (card.isNew()) {
            badges.add(badge("badge.new"));
        }
        if (!card.inStock()) {
            badges.add(badge("badge.soldOut"));
        }
        Span meta = new Span(meta(card, locale));
        meta.addClassName("ks-product-meta");
        Span store = new Span(card.storeName());
        store.addClassName("ks-product-store");
        add(picture, new Div(title, price, badges, meta, store));
        // a click on a listing is a signal for recommendations and analytics (recorded per the shopper's consent)
        getElement().addEventListener("click", click -> onClick.accept(card.id()));
    }

    private String meta(ProductCard card, Locale locale) {
        String sales = card.salesCount() == 0
                ? ""
                : getTranslation("product.monthlySales", Formats.number(card.salesCount(), locale)) + " · ";
        String rating = card.ratingCount() == 0
                ? getTranslation("product.noRatings")
                : getTranslation("product.rating", card.ratingAverage());
        return sales + rating;
    }

    private Span badge(String key) {
        Span badge = new Span(getTranslation(key));
        badge.addClassName("ks-badge");
        return badge;
    }
}
