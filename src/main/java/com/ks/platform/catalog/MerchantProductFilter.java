package com.ks.platform.catalog;

import com.ks.platform.shared.RuleViolated;

/**
 * What the merchant's product list shows: one status or all ({@code status == null}), titles containing a text
 * (ignoring case; blank = any), newest first unless {@code oldestFirst}.
 */
public record MerchantProductFilter(ProductStatus status, String titleContains, boolean oldestFirst) {

    public static final int MAX_TITLE_SEARCH = 60;

    public static final MerchantProductFilter ALL = new MerchantProductFilter(null, null, false);

    /** The trimmed search text, or null for none; a text longer than any sensible title part is refused. */
    String titleSearch() {
        if (titleContains == null || titleContains.isBlank()) {
            return null;
        }
        String text = titleContains.strip();
        if (text.length() > MAX_TITLE_SEARCH) {
            throw new RuleViolated("error.productFilter.title", MAX_TITLE_SEARCH);
        }
        return text;
    }
}
