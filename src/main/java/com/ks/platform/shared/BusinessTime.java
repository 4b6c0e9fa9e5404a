package com.ks.platform.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The platform's business time zone: days, cut-offs and reports are in China Standard Time. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The longest span a day-by-day report may ask for. */
    public static final int MAX_REPORT_DAYS = 366;

    private BusinessTime() {}

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /**
     * Every day from {@code from} to {@code to}, both included, for a day-by-day report; a reversed or missing span, or
     * one longer than {@link #MAX_REPORT_DAYS}, is refused.
     */
    public static List<LocalDate> reportDays(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new RuleViolated("error.report.period");
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
