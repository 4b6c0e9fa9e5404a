package com.ks.platform.ui;

import java.util.List;
import java.util.Locale;

/** What the storefront header needs from the catalog: the category tree and suggestions while typing. */
public interface StorefrontNavigation {

    List<NavCategory> categories(Locale locale);

    List<String> suggestions(String text, Locale locale);

    /** A category with its sub-categories, named in the person's language. */
    record NavCategory(String code, String name, List<NavCategory> children) {}
}
