package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.sla.SlaClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeding only (the demo's live queue, benchmarks): moves a ticket no agent has answered yet into the past, so that its
 * running SLA falls due at a chosen time — a queue on first start then shows what a real one does, tickets close to
 * their deadline and some past it. Its messages and history move with it. An administrator's action, audited; agents
 * and leads have no way to it.
 */
@Service
public class TicketAging {

    private static final Duration MAX_AGE = Duration.ofDays(60);

    private final TicketRepository tickets;
    private final SlaClock sla;
    private final AuditTrail audit;
    private final Clock clock;

    TicketAging(TicketRepository tickets, SlaClock sla, AuditTrail audit, Clock clock) {
        this.tickets = tickets;
        this.sla = sla;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes the ticket's first response fall due {@code fromNow} from now (negative: overdue by that long), or as
     * close to it as the business calendar allows — outside working hours nothing can fall due within the hour, and
     * the ticket then falls due when work starts. @return the due time it got
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public Instant dueIn(UUID ticketId, Duration fromNow) {
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.lock(ticketId).orElse(null);
        if (ticket == null) {
            throw new NotFound("error.support.notFound");
        }
        if (!ticket.getStatus().active()
                || ticket.getFirstRespondedAt() != null
                || ticket.getPausedSince() != null
                || ticket.getPausedSeconds() != 0) {
            throw new RuleViolated("error.support.agingAnswered");
        }
        Instant target = clock.instant().plus(fromNow);
        Instant received = ticket.getCreatedAt();
        // The due time never moves later as the ticket gets older, so search the age. Overdue: the youngest age due by
        // the target (always possible: yesterday's closing time). Not yet due: the oldest age still due at or after the
        // target, so that at night the ticket falls due when work starts instead of turning overdue.
        boolean overdue = fromNow.isNegative();
        long low = 0;
        long high = MAX_AGE.toSeconds();
        while (low < high) {
            long middle = (low + high) >>> 1;
            Instant due = dueAt(ticket, received.minusSeconds(middle));
            if (overdue ? !due.isAfter(target) : due.isBefore(target)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        Duration age = Duration.ofSeconds(overdue || low == 0 ? low : low - 1);
        Instant due = dueAt(ticket, received.minus(age));
        tickets.shiftBack(ticketId, age);
        ticket.store();
        audit.record("support_ticket.aged", "support_ticket", ticketId.toString(), null, "by " + age);
        return due;
    }

    private Instant dueAt(SupportTicketRecord ticket, Instant receivedAt) {
        ticket.setCreatedAt(receivedAt);
        sla.recompute(ticket);
        return ticket.getSlaDue();
    }
}
