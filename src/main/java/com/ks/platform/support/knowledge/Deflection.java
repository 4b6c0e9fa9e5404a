package com.ks.platform.support.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One attempt to reach customer service in which articles were suggested: who (account or browser session), the last
 * question typed, the articles suggested, the one opened, and whether the person went on to open a ticket.
 */
public record Deflection(
        UUID id,
        String voter,
        String query,
        List<String> suggested,
        String openedSlug,
        boolean ticketOpened,
        Instant createdAt) {

    /** Suggestions were shown and no ticket followed: the articles answered the question. */
    public boolean deflected() {
        return !suggested.isEmpty() && !ticketOpened;
    }
}
