package com.ks.platform.catalog;

/** A shop's rating: every review of its products on sale. */
public record ShopRating(int count, int sum) {

    /** With one decimal, or 0 when nobody has rated yet. */
    public double average() {
        return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
    }
}
