package com.ks.platform.review;

/** The product page's review filters: all, 有图, 好评 (4–5 stars), 中评 (3), 差评 (1–2), 追评. */
public enum ReviewFilter {
    ALL,
    WITH_PHOTOS,
    GOOD,
    NEUTRAL,
    BAD,
    FOLLOW_UPS;

    public String messageKey() {
        return "reviews.filter." + name();
    }
}
