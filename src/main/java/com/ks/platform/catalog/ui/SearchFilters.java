package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchQuery.SearchSort;
import com.ks.platform.merchant.StoreCard;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The filter panel: text, category, price range (yuan), minimum rating, in stock only, sort order. */
class SearchFilters extends Aside {

    private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(100_000_000);

    private final TextField text = new TextField();
    private final Select<Category> category = new Select<>();
    private final Select<StoreCard> store = new Select<>();
    private final BigDecimalField minPrice = new BigDecimalField();
    private final BigDecimalField maxPrice = new BigDecimalField();
    private final Select<Double> minRating = new Select<>();
    private final Checkbox inStock = new Checkbox();
    private final Select<SearchSort> sort = new Select<>();
    private boolean reading;

    SearchFilters(CatalogQueries catalog, List<StoreCard> stores, Consumer<SearchQuery> onChange) {
        addClassName("ks-search-filters");
        text.setLabel(getTranslation("search.label"));
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        List<Category> categories = new ArrayList<>();
        catalog.categoryTree().forEach(root -> {
            categories.add(root);
            categories.addAll(root.children());
        });
        category.setLabel(getTranslation("search.category"));
        category.setItems(categories);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("search.allCategories"));
        category.setItemLabelGenerator(c -> c == null
                ? getTranslation("search.allCategories")
                : (c.parentId() == null ? "" : "　") + c.name(getLocale()));
        store.setLabel(getTranslation("search.store"));
        store.setItems(stores);
        store.setEmptySelectionAllowed(true);
        store.setEmptySelectionCaption(getTranslation("search.allStores"));
        store.setItemLabelGenerator(s -> s == null ? getTranslation("search.allStores") : s.storeName());
        minPrice.setLabel(getTranslation("search.minPrice"));
        maxPrice.setLabel(getTranslation("search.maxPrice"));
        minRating.setLabel(getTranslation("search.minRating"));
        minRating.setItems(0.0, 3.0, 4.0, 4.5);
        minRating.setItemLabelGenerator(
                r -> r == 0 ? getTranslation("search.anyRating") : getTranslation("search.ratingAtLeast", r));
        minRating.setValue(0.0);
        inStock.setLabel(getTranslation("search.inStock"));
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(SearchSort.RELEVANCE);
        add(text, sort, category, store, minPrice, maxPrice, minRating, inStock);
        text.addValueChangeListener(e -> changed(onChange));
        category.addValueChangeListener(e -> changed(onChange));
        store.addValueChangeListener(e -> changed(onChange));
        minPrice.addValueChangeListener(e -> changed(onChange));
        maxPrice.addValueChangeListener(e -> changed(onChange));
        minRating.addValueChangeListener(e -> changed(onChange));
        inStock.addValueChangeListener(e -> changed(onChange));
        sort.addValueChangeListener(e -> changed(onChange));
    }

    private void changed(Consumer<SearchQuery> onChange) {
        if (!reading) {
            onChange.accept(query(0, SearchView.PAGE));
        }
    }

    void readFrom(QueryParameters parameters) {
        reading = true;
        try {
            text.setValue(first(parameters, "q").orElse(""));
            category.setValue(first(parameters, "category")
                    .flatMap(code -> category.getListDataView()
                            .getItems()
                            .filter(c -> c.code().equals(code))
                            .findFirst())
                    .orElse(null));
        } finally {
            reading = false;
        }
    }

    SearchQuery query(int offset, int limit) {
        minPrice.setInvalid(false);
        maxPrice.setInvalid(false);
        return new SearchQuery(
                text.getValue(),
                category.getValue() == null ? null : category.getValue().code(),
                fen(minPrice),
                fen(maxPrice),
                store.getValue() == null ? null : store.getValue().id(),
                minRating.getValue(),
                inStock.getValue(),
                sort.getValue() == null ? SearchSort.RELEVANCE : sort.getValue(),
                offset,
                limit);
    }

    /** Yuan as typed → fen; out-of-range amounts are marked and ignored rather than failing the search. */
    private Long fen(BigDecimalField field) {
        BigDecimal yuan = field.getValue();
        if (yuan == null) {
            return null;
        }
        if (yuan.signum() < 0 || yuan.compareTo(MAX_YUAN) > 0) {
            field.setErrorMessage(getTranslation("search.priceRange"));
            field.setInvalid(true);
            return null;
        }
        return yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        return parameters.getParameters().getOrDefault(name, List.of()).stream().findFirst();
    }
}
