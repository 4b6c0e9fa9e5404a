package com.ks.platform.support;

import static com.ks.jooq.Tables.SUPPORT_AGENT;
import static com.ks.jooq.Tables.SUPPORT_ATTACHMENT;
import static com.ks.jooq.Tables.SUPPORT_EVENT;
import static com.ks.jooq.Tables.SUPPORT_MESSAGE;
import static com.ks.jooq.Tables.SUPPORT_TEAM;
import static com.ks.jooq.Tables.SUPPORT_TICKET;

import com.ks.jooq.tables.records.SupportTicketRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class TicketRepository {

    static final List<TicketStatus> ACTIVE =
            List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

    private final DSLContext db;

    TicketRepository(DSLContext db) {
        this.db = db;
    }

    SupportTicketRecord newTicket() {
        return db.newRecord(SUPPORT_TICKET);
    }

    /** Moves a ticket's messages and history back by {@code age} (seeding; the ticket's own row is the caller's). */
    void shiftBack(UUID ticketId, java.time.Duration age) {
        for (var message : db.selectFrom(SUPPORT_MESSAGE)
                .where(SUPPORT_MESSAGE.TICKET_ID.eq(ticketId))
                .fetch()) {
            message.setCreatedAt(message.getCreatedAt().minus(age));
            message.store();
        }
        for (var event : db.selectFrom(SUPPORT_EVENT)
                .where(SUPPORT_EVENT.TICKET_ID.eq(ticketId))
                .fetch()) {
            event.setOccurredAt(event.getOccurredAt().minus(age));
            event.store();
        }
    }

    Optional<SupportTicketRecord> lock(UUID ticketId) {
        return db.selectFrom(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ID.eq(ticketId))
                .forUpdate()
                .fetchOptional();
    }

    Optional<SupportTicketRecord> find(UUID ticketId) {
        return db.selectFrom(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ID.eq(ticketId))
                .fetchOptional();
    }

    Optional<SupportTicketRecord> lockActiveSubject(String openSubject) {
        return db.selectFrom(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.OPEN_SUBJECT.eq(openSubject))
                .forUpdate()
                .fetchOptional();
    }

    Optional<SupportTicketRecord> lockActiveOfCase(UUID caseId) {
        return db.selectFrom(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.CASE_ID.eq(caseId).and(SUPPORT_TICKET.STATUS.in(ACTIVE)))
                .forUpdate()
                .fetchOptional();
    }

    int countSince(UUID requesterId, Instant since) {
        return db.fetchCount(
                SUPPORT_TICKET, SUPPORT_TICKET.REQUESTER_ID.eq(requesterId).and(SUPPORT_TICKET.CREATED_AT.ge(since)));
    }

    List<UUID> activeOfAssignee(UUID agentId) {
        return db.select(SUPPORT_TICKET.ID)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ASSIGNEE_ID.eq(agentId).and(SUPPORT_TICKET.STATUS.in(ACTIVE)))
                .orderBy(SUPPORT_TICKET.SLA_DUE.asc().nullsLast())
                .fetch(SUPPORT_TICKET.ID);
    }

    /** Active tickets waiting in these teams' queues with nobody on them, the most pressing first. */
    List<UUID> unassignedOfTeams(Collection<UUID> teamIds, int limit) {
        return db.select(SUPPORT_TICKET.ID)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET
                        .TEAM_ID
                        .in(teamIds)
                        .and(SUPPORT_TICKET.ASSIGNEE_ID.isNull())
                        .and(SUPPORT_TICKET.STATUS.in(ACTIVE)))
                .orderBy(SUPPORT_TICKET.SLA_DUE.asc().nullsLast(), SUPPORT_TICKET.CREATED_AT)
                .limit(limit)
                .fetch(SUPPORT_TICKET.ID);
    }

    List<UUID> unassigned(int limit) {
        return db.select(SUPPORT_TICKET.ID)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.ASSIGNEE_ID.isNull().and(SUPPORT_TICKET.STATUS.in(ACTIVE)))
                .orderBy(SUPPORT_TICKET.SLA_DUE.asc().nullsLast(), SUPPORT_TICKET.CREATED_AT)
                .limit(limit)
                .fetch(SUPPORT_TICKET.ID);
    }

    /** Running tickets due before {@code before} that have not been warned about their current due time. */
    List<UUID> dueBefore(Instant before, int limit) {
        return db.select(SUPPORT_TICKET.ID)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET
                        .STATUS
                        .in(ACTIVE)
                        .and(SUPPORT_TICKET.SLA_DUE.le(before))
                        .and(SUPPORT_TICKET
                                .SLA_WARNED_AT
                                .isNull()
                                .or(SUPPORT_TICKET.SLA_WARNED_AT.lt(SUPPORT_TICKET.SLA_DUE))))
                .orderBy(SUPPORT_TICKET.SLA_DUE)
                .limit(limit)
                .fetch(SUPPORT_TICKET.ID);
    }

    List<UUID> resolvedBefore(Instant before, int limit) {
        return db.select(SUPPORT_TICKET.ID)
                .from(SUPPORT_TICKET)
                .where(SUPPORT_TICKET.STATUS.eq(TicketStatus.RESOLVED).and(SUPPORT_TICKET.RESOLVED_AT.lt(before)))
                .limit(limit)
                .fetch(SUPPORT_TICKET.ID);
    }

    // ---- read side

    private static final org.jooq.Field<String> TEAM_NAME = SUPPORT_TEAM.NAME.as("team_name");
    private static final org.jooq.Field<String> ASSIGNEE_NAME = SUPPORT_AGENT.DISPLAY_NAME.as("assignee_name");

    List<TicketSummary> page(Condition where, int offset, int limit) {
        return db.select(SUPPORT_TICKET.asterisk(), TEAM_NAME, ASSIGNEE_NAME)
                .from(SUPPORT_TICKET)
                .leftJoin(SUPPORT_TEAM)
                .on(SUPPORT_TEAM.ID.eq(SUPPORT_TICKET.TEAM_ID))
                .leftJoin(SUPPORT_AGENT)
                .on(SUPPORT_AGENT.ACCOUNT_ID.eq(SUPPORT_TICKET.ASSIGNEE_ID))
                .where(where)
                .orderBy(SUPPORT_TICKET.SLA_DUE.asc().nullsLast(), SUPPORT_TICKET.CREATED_AT.desc(), SUPPORT_TICKET.ID)
                .offset(offset)
                .limit(limit)
                .fetch(TicketRepository::summary);
    }

    /** The requester's own tickets, newest first. */
    List<TicketSummary> ofRequester(UUID requesterId, int offset, int limit) {
        return db.select(SUPPORT_TICKET.asterisk(), TEAM_NAME, ASSIGNEE_NAME)
                .from(SUPPORT_TICKET)
                .leftJoin(SUPPORT_TEAM)
                .on(SUPPORT_TEAM.ID.eq(SUPPORT_TICKET.TEAM_ID))
                .leftJoin(SUPPORT_AGENT)
                .on(SUPPORT_AGENT.ACCOUNT_ID.eq(SUPPORT_TICKET.ASSIGNEE_ID))
                .where(SUPPORT_TICKET.REQUESTER_ID.eq(requesterId))
                .orderBy(SUPPORT_TICKET.UPDATED_AT.desc(), SUPPORT_TICKET.ID)
                .offset(offset)
                .limit(limit)
                .fetch(TicketRepository::summary);
    }

    int countOfRequester(UUID requesterId) {
        return db.fetchCount(SUPPORT_TICKET, SUPPORT_TICKET.REQUESTER_ID.eq(requesterId));
    }

    int count(Condition where) {
        return db.fetchCount(SUPPORT_TICKET, where);
    }

    TicketSummary summary(UUID ticketId) {
        return page(SUPPORT_TICKET.ID.eq(ticketId), 0, 1).getFirst();
    }

    static Condition filtered(Condition scope, QueueFilter filter) {
        Condition where = scope;
        where = where.and(
                filter.status() == null ? SUPPORT_TICKET.STATUS.in(ACTIVE) : SUPPORT_TICKET.STATUS.eq(filter.status()));
        if (filter.type() != null) {
            where = where.and(SUPPORT_TICKET.TICKET_TYPE.eq(filter.type()));
        }
        if (filter.urgency() != null) {
            where = where.and(SUPPORT_TICKET.URGENCY.eq(filter.urgency()));
        }
        if (filter.text() != null) {
            String text = filter.text();
            String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where = where.and(SUPPORT_TICKET
                    .TICKET_NO
                    .eq(text.toUpperCase(java.util.Locale.ROOT))
                    .or(SUPPORT_TICKET.ORDER_NO.eq(text))
                    // the requester's name is encrypted at rest: not searchable (docs/DECISIONS.md)
                    .or(SUPPORT_TICKET.TITLE.likeIgnoreCase(like, '!')));
        }
        return where;
    }

    private static TicketSummary summary(Record r) {
        return new TicketSummary(
                r.get(SUPPORT_TICKET.ID),
                r.get(SUPPORT_TICKET.TICKET_NO),
                r.get(SUPPORT_TICKET.TICKET_TYPE),
                r.get(SUPPORT_TICKET.TITLE),
                r.get(SUPPORT_TICKET.STATUS),
                r.get(SUPPORT_TICKET.URGENCY),
                r.get(SUPPORT_TICKET.REQUESTER_KIND),
                r.get(SUPPORT_TICKET.REQUESTER_NAME),
                r.get(SUPPORT_TICKET.TEAM_ID),
                r.get(TEAM_NAME),
                r.get(SUPPORT_TICKET.ASSIGNEE_ID),
                r.get(ASSIGNEE_NAME),
                r.get(SUPPORT_TICKET.ORDER_NO),
                r.get(SUPPORT_TICKET.SLA_DUE),
                r.get(SUPPORT_TICKET.CREATED_AT),
                r.get(SUPPORT_TICKET.UPDATED_AT));
    }

    // ---- messages, attachments, events

    void addMessage(
            UUID id,
            UUID ticketId,
            AuthorKind kind,
            UUID authorId,
            String authorName,
            Visibility visibility,
            String body,
            Instant at) {
        db.insertInto(SUPPORT_MESSAGE)
                .set(SUPPORT_MESSAGE.ID, id)
                .set(SUPPORT_MESSAGE.TICKET_ID, ticketId)
                .set(SUPPORT_MESSAGE.AUTHOR_KIND, kind)
                .set(SUPPORT_MESSAGE.AUTHOR_ID, authorId)
                .set(SUPPORT_MESSAGE.AUTHOR_NAME, authorName)
                .set(SUPPORT_MESSAGE.VISIBILITY, visibility)
                .set(SUPPORT_MESSAGE.BODY, body)
                .set(SUPPORT_MESSAGE.CREATED_AT, at)
                .execute();
    }

    void addAttachment(UUID id, UUID messageId, String storageKey, String contentType, int size) {
        db.insertInto(SUPPORT_ATTACHMENT)
                .set(SUPPORT_ATTACHMENT.ID, id)
                .set(SUPPORT_ATTACHMENT.MESSAGE_ID, messageId)
                .set(SUPPORT_ATTACHMENT.STORAGE_KEY, storageKey)
                .set(SUPPORT_ATTACHMENT.CONTENT_TYPE, contentType)
                .set(SUPPORT_ATTACHMENT.SIZE_BYTES, size)
                .execute();
    }

    void addEvent(
            UUID id,
            UUID ticketId,
            TicketEventKind kind,
            UUID actorId,
            String actorName,
            String from,
            String to,
            List<Reason> reasons,
            Instant at) {
        db.insertInto(SUPPORT_EVENT)
                .set(SUPPORT_EVENT.ID, id)
                .set(SUPPORT_EVENT.TICKET_ID, ticketId)
                .set(SUPPORT_EVENT.KIND, kind)
                .set(SUPPORT_EVENT.ACTOR_ID, actorId)
                .set(SUPPORT_EVENT.ACTOR_NAME, actorName)
                .set(SUPPORT_EVENT.FROM_STATE, from)
                .set(SUPPORT_EVENT.TO_STATE, to)
                .set(SUPPORT_EVENT.REASON, reasons.isEmpty() ? null : clip(Reason.encode(reasons), 600))
                .set(SUPPORT_EVENT.OCCURRED_AT, at)
                .execute();
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    List<TicketDetail.Message> messages(UUID ticketId, boolean withInternal) {
        Condition where = SUPPORT_MESSAGE.TICKET_ID.eq(ticketId);
        if (!withInternal) {
            where = where.and(SUPPORT_MESSAGE.VISIBILITY.eq(Visibility.PUBLIC));
        }
        var rows = db.selectFrom(SUPPORT_MESSAGE)
                .where(where)
                .orderBy(SUPPORT_MESSAGE.CREATED_AT, SUPPORT_MESSAGE.ID)
                .fetch();
        Map<UUID, List<TicketDetail.Attachment>> files = rows.isEmpty()
                ? Map.of()
                : db
                        .selectFrom(SUPPORT_ATTACHMENT)
                        .where(SUPPORT_ATTACHMENT.MESSAGE_ID.in(rows.map(r -> r.getId())))
                        .orderBy(SUPPORT_ATTACHMENT.ID)
                        .fetch()
                        .stream()
                        .collect(Collectors.groupingBy(
                                a -> a.getMessageId(),
                                Collectors.mapping(
                                        a -> new TicketDetail.Attachment(
                                                a.getId(), a.getContentType(), a.getSizeBytes()),
                                        Collectors.toList())));
        return rows.map(m -> new TicketDetail.Message(
                m.getId(),
                m.getAuthorKind(),
                m.getAuthorId(),
                m.getAuthorName(),
                m.getVisibility(),
                m.getBody(),
                m.getCreatedAt(),
                files.getOrDefault(m.getId(), List.of())));
    }

    /** The attachment's storage key and type, if it belongs to the ticket (and is public unless internal allowed). */
    Optional<org.jooq.Record3<String, String, Visibility>> attachment(UUID ticketId, UUID attachmentId) {
        return db.select(SUPPORT_ATTACHMENT.STORAGE_KEY, SUPPORT_ATTACHMENT.CONTENT_TYPE, SUPPORT_MESSAGE.VISIBILITY)
                .from(SUPPORT_ATTACHMENT)
                .join(SUPPORT_MESSAGE)
                .on(SUPPORT_MESSAGE.ID.eq(SUPPORT_ATTACHMENT.MESSAGE_ID))
                .where(SUPPORT_ATTACHMENT.ID.eq(attachmentId).and(SUPPORT_MESSAGE.TICKET_ID.eq(ticketId)))
                .fetchOptional();
    }

    List<TicketDetail.Event> events(UUID ticketId) {
        return db.selectFrom(SUPPORT_EVENT)
                .where(SUPPORT_EVENT.TICKET_ID.eq(ticketId))
                .orderBy(SUPPORT_EVENT.OCCURRED_AT, SUPPORT_EVENT.ID)
                .fetch(e -> new TicketDetail.Event(
                        e.getKind(),
                        e.getActorId(),
                        e.getActorName(),
                        e.getFromState(),
                        e.getToState(),
                        Reason.decode(e.getReason()),
                        e.getOccurredAt()));
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Condition none() {
        return DSL.falseCondition();
    }
}
