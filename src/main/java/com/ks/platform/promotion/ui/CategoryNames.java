package com.ks.platform.promotion.ui;

import com.ks.platform.catalog.CatalogQueries;
import java.util.Locale;
import java.util.function.Function;

/** A category code as the person reads it, in their language (the code itself if it no longer exists). */
final class CategoryNames {

    private CategoryNames() {}

    static Function<String, String> of(CatalogQueries catalog, Locale locale) {
        return code -> catalog.category(code).map(c -> c.name(locale)).orElse(code);
    }
}
