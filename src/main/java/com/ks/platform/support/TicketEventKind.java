package com.ks.platform.support;

/** The history of a ticket, each with who and why. */
public enum TicketEventKind {
    CREATED,
    ROUTED,
    ASSIGNED,
    UNASSIGNED,
    TRANSFERRED,
    URGENCY_CHANGED,
    ESCALATED,
    STATUS_CHANGED,
    MERGED,
    RATED;

    public String labelKey() {
        return "support.event." + name();
    }
}
