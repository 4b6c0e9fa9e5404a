package com.ks.platform.support.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Customer service over a period (tickets opened from {@code from} to {@code to}, Asia/Shanghai days, merged
 * duplicates left out): how fast people were answered and helped, how often within the SLA, what is waiting now and
 * how old it is, what people asked about and through which channel, how satisfied they were — per agent and team.
 */
public record DeskReport(
        LocalDate from,
        LocalDate to,
        int tickets,
        Spread firstResponse,
        Spread resolution,
        Attainment firstResponseSla,
        Attainment resolutionSla,
        Satisfaction satisfaction,
        List<Count> backlogByAge,
        List<Count> byType,
        List<Count> byChannel,
        List<Group> perAgent,
        List<Group> perTeam) {

    /** Median and 90th percentile in seconds; null when nothing was measured. */
    public record Spread(Double medianSeconds, Double p90Seconds) {}

    /** Within the SLA out of all measured. */
    public record Attainment(int met, int measured) {

        /** Share met in percent, or null when nothing was measured. */
        public Double percent() {
            return measured == 0 ? null : 100.0 * met / measured;
        }
    }

    /** The 1–5 survey: average and how many gave each score (index 0 = score 1). */
    public record Satisfaction(Double average, int answers, List<Integer> perScore) {}

    /** A labelled count; {@code key} is a translation key or, for people and teams, their name. */
    public record Count(String key, int count) {}

    public record Group(
            String name, int tickets, int resolved, Double medianFirstResponseSeconds, Double satisfaction) {}

    /** The channel a ticket came in through, derived from what opened it. */
    public enum Channel {
        /** 平台介入: an after-sales case escalated to the platform. */
        AFTERSALES,
        /** "联系客服" from an order. */
        ORDER,
        /** The help centre's contact form. */
        HELP_CENTRE,
        /** A merchant from the portal. */
        MERCHANT_PORTAL;

        public String labelKey() {
            return "desk.channel." + name();
        }
    }

    /** How long the ticket waiting now has waited. */
    public enum Age {
        UNDER_4_HOURS,
        UNDER_1_DAY,
        UNDER_3_DAYS,
        OLDER;

        public String labelKey() {
            return "desk.age." + name();
        }
    }
}
