package com.ks.platform.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.support.SupportSettings;
import com.ks.platform.support.TicketStatus;
import com.ks.platform.support.Urgency;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SLA time runs in business hours (Asia/Shanghai, Mon–Fri 09:00–18:00 here, holidays off) and stops while paused. */
class SlaClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    final SupportSettings settings = new SupportSettings(
            Map.of(Urgency.NORMAL, new SupportSettings.Targets(Duration.ofHours(4), Duration.ofHours(16))),
            new SupportSettings.Calendar(
                    SHANGHAI,
                    Set.of(
                            DayOfWeek.MONDAY,
                            DayOfWeek.TUESDAY,
                            DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY),
                    LocalTime.of(9, 0),
                    LocalTime.of(18, 0),
                    List.of(NEW_YEAR)),
            null,
            0,
            null,
            null,
            null,
            0,
            null,
            null,
            0);
    final SlaClock sla = new SlaClock(settings);
    final BusinessCalendar calendar = sla.calendar();

    static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    @Test
    void a_ticket_arriving_on_friday_evening_is_due_on_monday_morning() {
        // Friday 2026-12-04 17:00: one working hour left that day, three more on Monday from 09:00
        assertThat(calendar.plus(at(12, 4, 17, 0), Duration.ofHours(4))).isEqualTo(at(12, 7, 12, 0));
        // Saturday night counts nothing: the clock starts on Monday at 09:00
        assertThat(calendar.plus(at(12, 5, 22, 0), Duration.ofHours(4))).isEqualTo(at(12, 7, 13, 0));
    }

    @Test
    void a_holiday_is_skipped_like_a_weekend() {
        // Thursday 2026-12-31 16:00 + 4 h: two hours that day, New Year's Day is off, weekend, then Monday 2027-01-04
        Instant due = calendar.plus(at(12, 31, 16, 0), Duration.ofHours(4));
        assertThat(due)
                .isEqualTo(ZonedDateTime.of(2027, 1, 4, 11, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void business_time_between_two_instants_leaves_out_nights_and_weekends() {
        assertThat(calendar.between(at(12, 4, 17, 0), at(12, 7, 10, 0))).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.between(at(12, 7, 10, 0), at(12, 4, 17, 0))).isEqualTo(Duration.ZERO);
    }

    @Test
    void waiting_on_the_customer_over_a_weekend_moves_the_due_times_by_the_business_time_paused() {
        SupportTicketRecord ticket = new SupportTicketRecord();
        ticket.setCreatedAt(at(12, 4, 10, 0));
        ticket.setUrgency(Urgency.NORMAL);
        ticket.setStatus(TicketStatus.NEW);
        ticket.setPausedSeconds(0L);
        sla.recompute(ticket);
        assertThat(ticket.getSlaDue()).isEqualTo(at(12, 4, 14, 0));

        sla.responded(ticket, at(12, 4, 11, 0));
        ticket.setStatus(TicketStatus.WAITING_ON_CUSTOMER);
        sla.pause(ticket, at(12, 4, 17, 0));
        assertThat(ticket.getSlaDue()).isNull();

        // the customer answers on Monday 10:00: one working hour on Friday and one on Monday were paused
        ticket.setStatus(TicketStatus.OPEN);
        sla.resume(ticket, at(12, 7, 10, 0));
        assertThat(ticket.getPausedSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
        // 16 business hours from Friday 10:00 end Monday 17:00; two paused hours push it to Tuesday 10:00
        assertThat(ticket.getResolutionDue()).isEqualTo(at(12, 8, 10, 0));
        assertThat(ticket.getSlaDue()).isEqualTo(ticket.getResolutionDue());
    }

    @Test
    void a_warning_comes_within_the_margin_before_the_due_time() {
        SupportTicketRecord ticket = new SupportTicketRecord();
        ticket.setSlaDue(at(12, 7, 9, 20));
        // Friday 17:55 + 30 business minutes is Monday 09:25, past the due time
        assertThat(sla.aboutToBreach(ticket, at(12, 4, 17, 55))).isTrue();
        assertThat(sla.aboutToBreach(ticket, at(12, 4, 17, 0))).isFalse();
    }
}
