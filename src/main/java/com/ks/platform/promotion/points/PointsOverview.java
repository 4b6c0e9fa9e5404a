package com.ks.platform.promotion.points;

/**
 * The shopper's points: the balance, how many of them expire at the end of this year (earned last year and not spent —
 * points are kept until the end of the year after the one they were earned in), whether today's check-in is done, and
 * what they are worth ({@code pointsPerYuan} points = ¥1).
 */
public record PointsOverview(
        long balance,
        long expiringThisYear,
        java.time.LocalDate expiringOn,
        boolean checkedInToday,
        long checkInPoints,
        int pointsPerYuan) {}
