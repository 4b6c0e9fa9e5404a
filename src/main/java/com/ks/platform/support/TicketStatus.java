package com.ks.platform.support;

/**
 * Where a ticket stands. NEW: nobody has answered yet; OPEN: an agent is on it; WAITING_ON_CUSTOMER: the agent asked
 * the requester something (the SLA is paused); RESOLVED: answered, the requester may reopen it within the window;
 * CLOSED: past the window; MERGED: a duplicate folded into another ticket.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    WAITING_ON_CUSTOMER,
    RESOLVED,
    CLOSED,
    MERGED;

    /** Still being worked on: counts against its agent's limit and holds its requester's subject. */
    public boolean active() {
        return this == NEW || this == OPEN || this == WAITING_ON_CUSTOMER;
    }

    public String labelKey() {
        return "support.status." + name();
    }
}
