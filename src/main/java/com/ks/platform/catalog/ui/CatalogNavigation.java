package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.ui.StorefrontNavigation;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class CatalogNavigation implements StorefrontNavigation {

    private final CatalogQueries catalog;
    private final SearchService search;

    CatalogNavigation(CatalogQueries catalog, SearchService search) {
        this.catalog = catalog;
        this.search = search;
    }

    @Override
    public List<NavCategory> categories(Locale locale) {
        return catalog.categoryTree().stream().map(root -> toNav(root, locale)).toList();
    }

    @Override
    public List<String> suggestions(String text, Locale locale) {
        return search.suggest(text, locale, 8);
    }

    private static NavCategory toNav(Category category, Locale locale) {
        return new NavCategory(
                category.code(),
                category.name(locale),
                category.children().stream().map(child -> toNav(child, locale)).toList());
    }
}
