package com.ks.platform.support.live;

import static com.ks.jooq.Tables.SUPPORT_TICKET;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks every few seconds at the newest change of any ticket (one index read) and, when it moved, tells its
 * open queues ({@link TicketsChanged}). Watching the table rather than the commands catches changes made on other
 * nodes and by every command, the requester's too; no ShedLock, because each node must tell its own views.
 */
@Component
public class TicketActivityWatch {

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Instant> seen = new AtomicReference<>();

    TicketActivityWatch(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${ks.support.desk.watch-interval:PT2S}")
    public void look() {
        Instant latest = db.select(DSL.max(SUPPORT_TICKET.UPDATED_AT))
                .from(SUPPORT_TICKET)
                .fetchOne(0, Instant.class);
        Instant before = seen.getAndSet(latest);
        if (latest != null && before != null && latest.isAfter(before)) {
            events.publishEvent(new TicketsChanged(before, latest));
        }
    }
}
