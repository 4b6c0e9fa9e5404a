package com.ks.platform.engagement.ui;

import com.ks.platform.catalog.ProductCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A grid of product tiles that loads a page at a time ("加载更多"), so a long list never sits in the session whole.
 */
class ProductTiles extends Div {

    static final int PAGE = 24;

    private final Div grid = new Div();
    private final Button more = new Button();
    private final BiFunction<Integer, Integer, List<ProductCard>> pages;
    private final Function<ProductCard, Component> action;
    private int offset;
    private int total;

    ProductTiles(BiFunction<Integer, Integer, List<ProductCard>> pages, Function<ProductCard, Component> action) {
        this.pages = pages;
        this.action = action;
        grid.addClassName("ks-product-grid");
        more.setText(getTranslation("engagement.loadMore"));
        more.addClickListener(click -> loadMore());
        more.setDisableOnClick(true);
        Div footer = new Div(more);
        footer.addClassName("ks-tiles-more");
        add(grid, footer);
    }

    void reload(int total) {
        grid.removeAll();
        this.total = total;
        offset = 0;
        loadMore();
    }

    private void loadMore() {
        // the offset counts rows read, not cards shown: products taken off sale are skipped, not re-read
        List<ProductCard> cards = pages.apply(offset, PAGE);
        offset += PAGE;
        cards.forEach(card -> grid.add(new ProductTile(card, action == null ? null : action.apply(card))));
        more.setEnabled(true);
        more.setVisible(offset < total);
    }

    boolean isEmpty() {
        return grid.getComponentCount() == 0;
    }
}
