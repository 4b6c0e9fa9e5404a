package com.ks.platform.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 30 business days of a merchant's views, converted orders and money, oldest first, with the two rates.
 *
 * <ul>
 *   <li>Conversion = orders placed that day and paid (at any time since: an order cancelled before payment never
 *       counts; one paid and refunded later does) ÷ product-page views that day.
 *   <li>Refund rate = amount refunded ÷ amount paid, both by the day the ledger recorded them (so a refund counts on its
 *       own day, not on its order's).
 * </ul>
 *
 * A rate with nothing to divide by is empty, not 0 %.
 */
public record InsightsDashboard(List<Day> days) {

    public record Day(LocalDate day, long views, int orders, long paidFen, long refundedFen) {

        public Optional<BigDecimal> conversion() {
            return ratio(orders, views);
        }

        public Optional<BigDecimal> refundRate() {
            return ratio(refundedFen, paidFen);
        }
    }

    public Day lastDays(int count) {
        List<Day> window = days.subList(Math.max(0, days.size() - count), days.size());
        return new Day(
                window.getLast().day(),
                window.stream().mapToLong(Day::views).sum(),
                window.stream().mapToInt(Day::orders).sum(),
                window.stream().mapToLong(Day::paidFen).sum(),
                window.stream().mapToLong(Day::refundedFen).sum());
    }

    /** A fraction with four decimals (0.0125 = 1.25 %), HALF_UP. */
    static Optional<BigDecimal> ratio(long part, long whole) {
        return whole == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }
}
