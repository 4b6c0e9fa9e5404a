package com.ks.platform.catalog;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A category of the two-level tree; top-level categories carry their sub-categories. */
public record Category(UUID id, UUID parentId, String code, String nameZh, String nameEn, List<Category> children) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
