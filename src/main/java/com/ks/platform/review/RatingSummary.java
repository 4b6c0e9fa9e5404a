package com.ks.platform.review;

import java.util.List;

/**
 * A product's ratings: how many, the average, how many gave 5, 4, 3, 2 and 1 stars ({@code byStars.get(0)} is five
 * stars), and how many reviews have photos or a follow-up.
 */
public record RatingSummary(int count, int sum, List<Integer> byStars, int withPhotos, int followUps) {

    public static final RatingSummary NONE = new RatingSummary(0, 0, List.of(0, 0, 0, 0, 0), 0, 0);

    /** With one decimal; 0 when nobody has rated yet. */
    public double average() {
        return count == 0 ? 0 : Math.round(10.0 * sum / count) / 10.0;
    }

    /** Share of 4 and 5 stars in whole percent (好评率). */
    public int goodPercent() {
        return count == 0 ? 0 : Math.round(100f * (byStars.get(0) + byStars.get(1)) / count);
    }

    public int count(ReviewFilter filter) {
        return switch (filter) {
            case ALL -> count;
            case WITH_PHOTOS -> withPhotos;
            case GOOD -> byStars.get(0) + byStars.get(1);
            case NEUTRAL -> byStars.get(2);
            case BAD -> byStars.get(3) + byStars.get(4);
            case FOLLOW_UPS -> followUps;
        };
    }
}
