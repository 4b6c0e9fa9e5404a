package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.FileType;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.TicketRouting.Actor;
import com.ks.platform.support.sla.SlaClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every ticket command shares: finding the ticket the person may act on (an agent: tickets of their teams or
 * assigned to them, a lead: all; a requester: their own — anything else is NotFound), writing messages with their
 * files, moving the status with its history and SLA, and freeing the agent's place when a ticket leaves them.
 */
@Component
class TicketDesk {

    static final int MAX_BODY = 2000;

    private final TicketRepository tickets;
    private final AgentRepository agents;
    private final SlaClock sla;
    private final FileStorage storage;
    private final NotificationService notifications;
    private final Clock clock;

    TicketDesk(
            TicketRepository tickets,
            AgentRepository agents,
            SlaClock sla,
            FileStorage storage,
            NotificationService notifications,
            Clock clock) {
        this.tickets = tickets;
        this.agents = agents;
        this.sla = sla;
        this.storage = storage;
        this.notifications = notifications;
        this.clock = clock;
    }

    static boolean lead() {
        return CurrentActor.hasRole(Roles.CS_LEAD);
    }

    static Actor me() {
        var actor = CurrentActor.require();
        return new Actor(actor.accountId(), actor.label());
    }

    /** Whether the signed-in agent may see the ticket. */
    boolean visibleToAgent(SupportTicketRecord ticket) {
        if (lead()) {
            return true;
        }
        UUID me = CurrentActor.requireAccountId();
        return me.equals(ticket.getAssigneeId())
                || (ticket.getTeamId() != null && agents.teamsOf(me).contains(ticket.getTeamId()));
    }

    SupportTicketRecord lockForAgent(UUID ticketId) {
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.lock(ticketId).orElse(null);
        if (ticket == null || !visibleToAgent(ticket)) {
            throw new NotFound("error.support.notFound");
        }
        return ticket;
    }

    SupportTicketRecord lockOwn(UUID ticketId) {
        UUID me = CurrentActor.requireAccountId();
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.lock(ticketId).orElse(null);
        if (ticket == null || !ticket.getRequesterId().equals(me)) {
            throw new NotFound("error.support.notFound");
        }
        return ticket;
    }

    Set<UUID> myTeams() {
        return agents.teamsOf(CurrentActor.requireAccountId());
    }

    static String body(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolated(Map.of("text", "error.support.textRequired"));
        }
        String body = text.strip();
        if (body.length() > MAX_BODY) {
            throw new RuleViolated(Map.of("text", "error.support.textTooLong"));
        }
        return body;
    }

    static List<FileType> files(List<byte[]> files) {
        return FileType.checkAll(
                files == null ? List.of() : files,
                SupportSettings.MAX_ATTACHMENTS,
                SupportSettings.MAX_ATTACHMENT_BYTES,
                "attachments",
                "error.support.");
    }

    /** Writes a message (checked body and files) on the ticket. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID post(
            SupportTicketRecord ticket,
            AuthorKind kind,
            Actor author,
            Visibility visibility,
            String body,
            List<byte[]> files) {
        List<FileType> types = files(files);
        Instant now = clock.instant();
        UUID messageId = Ids.newId(clock);
        tickets.addMessage(messageId, ticket.getId(), kind, author.id(), author.name(), visibility, body, now);
        for (int i = 0; i < types.size(); i++) {
            UUID attachmentId = Ids.newId(clock);
            String key = "support/" + ticket.getId() + "/" + attachmentId;
            byte[] content = files.get(i);
            storage.putInTransaction(key, content);
            tickets.addAttachment(attachmentId, messageId, key, types.get(i).contentType(), content.length);
        }
        ticket.setUpdatedAt(now);
        return messageId;
    }

    /**
     * Moves the ticket to {@code to}: the SLA pauses while waiting on the customer and stops once resolved; a ticket
     * that stops being active frees its requester's subject and its agent's place.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void move(SupportTicketRecord ticket, TicketStatus to, Actor by, List<Reason> why) {
        TicketStatus from = ticket.getStatus();
        if (from == to) {
            return;
        }
        Instant now = clock.instant();
        ticket.setStatus(to);
        if (to == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.pause(ticket, now);
        } else if (from == TicketStatus.WAITING_ON_CUSTOMER) {
            sla.resume(ticket, now);
        }
        if (to == TicketStatus.RESOLVED) {
            ticket.setResolvedAt(now);
        }
        if (to.active()) {
            if (!from.active()) {
                ticket.setResolvedAt(null);
                ticket.setOpenSubject(openSubject(ticket));
            }
        } else {
            ticket.setOpenSubject(null);
            if (from.active()) {
                release(ticket);
            }
        }
        sla.recompute(ticket);
        ticket.setUpdatedAt(now);
        tickets.addEvent(
                Ids.newId(clock),
                ticket.getId(),
                TicketEventKind.STATUS_CHANGED,
                by.id(),
                by.name(),
                from.name(),
                to.name(),
                why,
                now);
    }

    /** The agent's place is given back; the ticket stays assigned for its history but counts no more. */
    private void release(SupportTicketRecord ticket) {
        if (ticket.getAssigneeId() != null) {
            agents.release(ticket.getAssigneeId());
        }
    }

    /** Takes the ticket off its agent (back to the team queue). */
    @Transactional(propagation = Propagation.MANDATORY)
    void unassign(SupportTicketRecord ticket, Actor by, List<Reason> why) {
        UUID agent = ticket.getAssigneeId();
        if (agent == null) {
            return;
        }
        if (ticket.getStatus().active()) {
            agents.release(agent);
        }
        ticket.setAssigneeId(null);
        tickets.addEvent(
                Ids.newId(clock),
                ticket.getId(),
                TicketEventKind.UNASSIGNED,
                by.id(),
                by.name(),
                agents.find(agent).map(a -> a.getDisplayName()).orElse(null),
                null,
                why,
                clock.instant());
    }

    void event(SupportTicketRecord ticket, TicketEventKind kind, Actor by, String from, String to, List<Reason> why) {
        tickets.addEvent(Ids.newId(clock), ticket.getId(), kind, by.id(), by.name(), from, to, why, clock.instant());
    }

    /** Tells the requester (message centre, and e-mail if they chose it for support messages), linking the ticket. */
    void tellRequester(SupportTicketRecord ticket, String messageKey, String... params) {
        notifications.send(ticket.getRequesterId(), new NoticeLink(requesterRoute(ticket)), messageKey, params);
    }

    static String requesterRoute(SupportTicketRecord ticket) {
        return ticket.getRequesterKind() == RequesterKind.MERCHANT
                ? SupportRoutes.merchantTicket(ticket.getId())
                : SupportRoutes.myTicket(ticket.getId());
    }

    static String openSubject(SupportTicketRecord ticket) {
        if (ticket.getSubjectKind() == SubjectKind.FREE) {
            return null;
        }
        return ticket.getRequesterId() + ":" + ticket.getSubjectKind() + ":"
                + (ticket.getSubjectRef() == null ? "" : ticket.getSubjectRef());
    }

    Instant now() {
        return clock.instant();
    }
}
