package com.ks.platform.privacy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * China's working days for legal deadlines: Monday to Friday, without the configured public holidays, plus the
 * weekend days worked in their place (调休). Kept here rather than borrowed from support's business calendar, which sits
 * above this module and counts business hours, not days.
 */
final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkdays;

    WorkingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.extraWorkdays = Set.copyOf(extraWorkdays);
    }

    boolean isWorkingDay(LocalDate day) {
        if (extraWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code received} (the day of receipt does not count). */
    LocalDate after(LocalDate received, int days) {
        LocalDate day = received;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
