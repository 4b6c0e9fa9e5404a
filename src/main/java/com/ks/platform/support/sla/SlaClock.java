package com.ks.platform.support.sla;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.support.SupportSettings;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Keeps a ticket's SLA due times: targets of its urgency counted in business hours from its creation, pushed back by
 * the business time it waited on the customer. {@code sla_due} is the next one that runs (first response until an
 * agent answered, then resolution), null while paused or once the ticket is resolved.
 */
@Component
public class SlaClock {

    private final SupportSettings settings;
    private final BusinessCalendar calendar;

    SlaClock(SupportSettings settings) {
        this.settings = settings;
        this.calendar = new BusinessCalendar(settings.calendar());
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    /** The instant {@code business} working time after {@code start} on the calendar. */
    public Instant plusBusiness(Instant start, Duration business) {
        return calendar.plus(start, business);
    }

    public void recompute(SupportTicketRecord ticket) {
        SupportSettings.Targets targets = settings.sla().get(ticket.getUrgency());
        Duration paused = Duration.ofSeconds(ticket.getPausedSeconds());
        ticket.setFirstResponseDue(
                calendar.plus(ticket.getCreatedAt(), targets.firstResponse().plus(paused)));
        ticket.setResolutionDue(
                calendar.plus(ticket.getCreatedAt(), targets.resolution().plus(paused)));
        boolean running = ticket.getStatus().active() && ticket.getPausedSince() == null;
        ticket.setSlaDue(
                !running
                        ? null
                        : ticket.getFirstRespondedAt() == null
                                ? ticket.getFirstResponseDue()
                                : ticket.getResolutionDue());
    }

    /** The agent asked the requester something: the clock stops. */
    public void pause(SupportTicketRecord ticket, Instant now) {
        if (ticket.getPausedSince() == null) {
            ticket.setPausedSince(now);
        }
        recompute(ticket);
    }

    /** The requester answered (or the agent went on): the clock runs again, the paused business time added. */
    public void resume(SupportTicketRecord ticket, Instant now) {
        if (ticket.getPausedSince() != null) {
            Duration waited = calendar.between(ticket.getPausedSince(), now);
            ticket.setPausedSeconds(ticket.getPausedSeconds() + waited.toSeconds());
            ticket.setPausedSince(null);
        }
        recompute(ticket);
    }

    public void responded(SupportTicketRecord ticket, Instant now) {
        if (ticket.getFirstRespondedAt() == null) {
            ticket.setFirstRespondedAt(now);
        }
        recompute(ticket);
    }

    /** Whether the running due time is within the warning margin (business time) of {@code now}, or past. */
    public boolean aboutToBreach(SupportTicketRecord ticket, Instant now) {
        return ticket.getSlaDue() != null
                && !calendar.plus(now, settings.warnBefore()).isBefore(ticket.getSlaDue());
    }
}
