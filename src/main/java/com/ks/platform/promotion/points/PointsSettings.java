package com.ks.platform.promotion.points;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.promotion.points.*}: what points are worth ({@code points-per-yuan}: 100 points = ¥1), how many a paid yuan
 * earns, the checkout limits (at most {@code max-spend-percent} of the goods, at least {@code minimum-spend} points at a
 * time), what a check-in, a review and a photo review (晒单) earn, and the bounds of an admin campaign.
 */
@ConfigurationProperties("ks.promotion.points")
public record PointsSettings(
        Integer pointsPerYuan,
        Integer earnedPerYuan,
        Integer maxSpendPercent,
        Long minimumSpend,
        Long checkIn,
        Long review,
        Long photoReview,
        Long maxCampaignGrant,
        Integer maxCampaignShoppers) {

    public PointsSettings {
        pointsPerYuan = pointsPerYuan == null ? 100 : pointsPerYuan;
        earnedPerYuan = earnedPerYuan == null ? 1 : earnedPerYuan;
        maxSpendPercent = maxSpendPercent == null ? 50 : maxSpendPercent;
        minimumSpend = minimumSpend == null ? 100L : minimumSpend;
        checkIn = checkIn == null ? 5L : checkIn;
        review = review == null ? 10L : review;
        photoReview = photoReview == null ? 30L : photoReview;
        maxCampaignGrant = maxCampaignGrant == null ? 100_000L : maxCampaignGrant;
        maxCampaignShoppers = maxCampaignShoppers == null ? 1_000 : maxCampaignShoppers;
        if (pointsPerYuan < 1
                || earnedPerYuan < 0
                || maxSpendPercent < 0
                || maxSpendPercent > 100
                || minimumSpend < 1) {
            throw new IllegalArgumentException("ks.promotion.points: a rate or limit is out of range");
        }
    }

    /** Points spend in steps that are worth whole fen (100 points per yuan: any number; 300 per yuan: threes). */
    public long step() {
        return pointsPerYuan / gcd(pointsPerYuan, 100);
    }

    /** What {@code points} take off, in fen (a whole number of fen when {@code points} is a multiple of the step). */
    public long fenOf(long points) {
        return points * 100 / pointsPerYuan;
    }

    /** The most points worth at most {@code fen}, in whole steps. */
    public long pointsWorth(long fen) {
        long points = fen * pointsPerYuan / 100;
        return points - points % step();
    }

    /** What a paid amount earns. */
    public long earnedFor(long paidFen) {
        return Math.max(0, paidFen) * earnedPerYuan / 100;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
