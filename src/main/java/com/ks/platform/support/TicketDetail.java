package com.ks.platform.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket with its conversation and history. For the requester, messages are the PUBLIC ones only and events,
 * routing and urgency reasons are left empty.
 */
public record TicketDetail(
        TicketSummary summary,
        UUID requesterId,
        SubjectKind subjectKind,
        UUID orderId,
        UUID caseId,
        String language,
        List<Reason> urgencyReasons,
        List<Reason> routingReasons,
        Instant firstResponseDue,
        Instant resolutionDue,
        Instant pausedSince,
        Instant firstRespondedAt,
        Instant resolvedAt,
        UUID mergedIntoId,
        Integer satisfactionScore,
        String satisfactionComment,
        boolean reopenable,
        List<Message> messages,
        List<Event> events) {

    public UUID id() {
        return summary.id();
    }

    public TicketStatus status() {
        return summary.status();
    }

    public record Message(
            UUID id,
            AuthorKind authorKind,
            UUID authorId,
            String authorName,
            Visibility visibility,
            String body,
            Instant createdAt,
            List<Attachment> attachments) {}

    /** A stored file; {@code storageKey} is read through the module's attachment download. */
    public record Attachment(UUID id, String contentType, int sizeBytes) {}

    public record Event(
            TicketEventKind kind,
            UUID actorId,
            String actorName,
            String from,
            String to,
            List<Reason> reasons,
            Instant occurredAt) {}
}
