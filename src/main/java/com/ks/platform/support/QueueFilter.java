package com.ks.platform.support;

import java.util.UUID;

/**
 * Filters of a queue; null means any. {@code text} matches the ticket number, the order number, the title or the
 * requester's name. {@code teamId} narrows the team queue to one of the agent's teams.
 */
public record QueueFilter(TicketType type, TicketStatus status, Urgency urgency, String text, UUID teamId) {

    public static final QueueFilter ANY = new QueueFilter(null, null, null, null, null);

    public QueueFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
