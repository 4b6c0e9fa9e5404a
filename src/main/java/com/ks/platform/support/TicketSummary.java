package com.ks.platform.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a queue or of a requester's list. {@code slaDue} is the next due time while the SLA runs (first response,
 * then resolution); null while it waits on the customer or once resolved. Team names are translation keys when they
 * start with {@code support.}.
 */
public record TicketSummary(
        UUID id,
        String ticketNo,
        TicketType type,
        String title,
        TicketStatus status,
        Urgency urgency,
        RequesterKind requesterKind,
        String requesterName,
        UUID teamId,
        String teamName,
        UUID assigneeId,
        String assigneeName,
        String orderNo,
        Instant slaDue,
        Instant createdAt,
        Instant updatedAt) {}
