package com.ks.platform.support;

import java.util.UUID;

/** The ticket a question went to; {@code joined} when it was added to an active ticket on the same subject. */
public record Opened(UUID ticketId, String ticketNo, boolean joined) {}
