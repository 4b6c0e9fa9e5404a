package com.ks.platform.support.sla;

import com.ks.platform.support.SupportSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts SLA time in business hours: only the working hours of working days that are not holidays, in the calendar's
 * zone (Asia/Shanghai). A ticket that arrives on Friday evening starts its clock on Monday morning.
 */
final class BusinessCalendar {

    /** Beyond this many days without a working hour the calendar is misconfigured; stop rather than loop. */
    private static final int MAX_DAYS = 3660;

    private final SupportSettings.Calendar calendar;
    private final Set<LocalDate> holidays;

    BusinessCalendar(SupportSettings.Calendar calendar) {
        this.calendar = calendar;
        this.holidays = new HashSet<>(calendar.holidays());
    }

    boolean workday(LocalDate day) {
        return calendar.workdays().contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant {@code business} working time after {@code start}. */
    Instant plus(Instant start, Duration business) {
        Duration left = business.isNegative() ? Duration.ZERO : business;
        ZonedDateTime at = start.atZone(calendar.zone());
        for (int i = 0; i < MAX_DAYS; i++) {
            LocalDate day = at.toLocalDate();
            if (workday(day)) {
                ZonedDateTime opens = day.atTime(calendar.opens()).atZone(calendar.zone());
                ZonedDateTime closes = day.atTime(calendar.closes()).atZone(calendar.zone());
                ZonedDateTime from = at.isBefore(opens) ? opens : at;
                if (from.isBefore(closes)) {
                    Duration available = Duration.between(from, closes);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            at = day.plusDays(1).atStartOfDay(calendar.zone());
        }
        throw new IllegalStateException("ks.support.calendar has no working hours");
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime at = from.atZone(calendar.zone());
        ZonedDateTime end = to.atZone(calendar.zone());
        while (!at.toLocalDate().isAfter(end.toLocalDate())) {
            LocalDate day = at.toLocalDate();
            if (workday(day)) {
                ZonedDateTime opens = day.atTime(calendar.opens()).atZone(calendar.zone());
                ZonedDateTime closes = day.atTime(calendar.closes()).atZone(calendar.zone());
                ZonedDateTime a = at.isAfter(opens) ? at : opens;
                ZonedDateTime b = end.isBefore(closes) ? end : closes;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            at = day.plusDays(1).atStartOfDay(calendar.zone());
        }
        return total;
    }
}
