package com.ks.platform.support.live;

import java.time.Instant;

/** Some ticket was opened, answered, moved or reassigned since {@code since}: open queues should redraw. */
public record TicketsChanged(Instant since, Instant latest) {}
