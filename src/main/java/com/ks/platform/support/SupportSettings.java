package com.ks.platform.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.support.*}: SLA targets per urgency (in business hours of the calendar), the business calendar, how long a
 * resolved ticket may be reopened, what makes a ticket more urgent (a large order, keywords, repeat contacts), how
 * long before a breach the watch escalates, and the attachment limits.
 */
@ConfigurationProperties("ks.support")
public record SupportSettings(
        Map<Urgency, Targets> sla,
        Calendar calendar,
        Duration reopenWindow,
        long largeOrderFen,
        List<String> urgentKeywords,
        List<String> seriousKeywords,
        Duration repeatContactWindow,
        int repeatContacts,
        Duration warnBefore,
        Duration watchInterval,
        int maxOpenPerAgent) {

    public static final int MAX_ATTACHMENTS = 5;
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

    public SupportSettings {
        Map<Urgency, Targets> targets = new EnumMap<>(Urgency.class);
        targets.put(Urgency.URGENT, new Targets(Duration.ofHours(1), Duration.ofHours(8)));
        targets.put(Urgency.HIGH, new Targets(Duration.ofHours(2), Duration.ofHours(16)));
        targets.put(Urgency.NORMAL, new Targets(Duration.ofHours(4), Duration.ofHours(24)));
        targets.put(Urgency.LOW, new Targets(Duration.ofHours(8), Duration.ofHours(40)));
        if (sla != null) {
            targets.putAll(sla);
        }
        sla = Map.copyOf(targets);
        calendar = calendar == null ? new Calendar(null, null, null, null, null) : calendar;
        reopenWindow = reopenWindow == null ? Duration.ofDays(7) : reopenWindow;
        largeOrderFen = largeOrderFen <= 0 ? 100_000 : largeOrderFen;
        urgentKeywords = urgentKeywords == null
                ? List.of("安全", "受伤", "起火", "爆炸", "漏电", "过敏", "injur", "fire", "unsafe")
                : List.copyOf(urgentKeywords);
        seriousKeywords = seriousKeywords == null
                ? List.of("投诉", "质量", "假货", "欺诈", "complain", "quality", "fake")
                : List.copyOf(seriousKeywords);
        repeatContactWindow = repeatContactWindow == null ? Duration.ofDays(7) : repeatContactWindow;
        repeatContacts = repeatContacts <= 0 ? 2 : repeatContacts;
        warnBefore = warnBefore == null ? Duration.ofMinutes(30) : warnBefore;
        watchInterval = watchInterval == null ? Duration.ofMinutes(1) : watchInterval;
        maxOpenPerAgent = maxOpenPerAgent <= 0 ? 20 : maxOpenPerAgent;
    }

    /** Business time to the first answer and to the resolution. */
    public record Targets(Duration firstResponse, Duration resolution) {}

    /** Working days and hours in a time zone, and the public holidays (Chinese statutory holidays, listed yearly). */
    public record Calendar(
            ZoneId zone, Set<DayOfWeek> workdays, LocalTime opens, LocalTime closes, List<LocalDate> holidays) {

        public Calendar {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            workdays = workdays == null || workdays.isEmpty()
                    ? Set.of(
                            DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY)
                    : Set.copyOf(workdays);
            opens = opens == null ? LocalTime.of(9, 0) : opens;
            closes = closes == null ? LocalTime.of(21, 0) : closes;
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("ks.support.calendar: closes must be after opens");
            }
        }
    }
}
