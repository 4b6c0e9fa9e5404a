package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.TicketRouting.Actor;
import com.ks.platform.support.sla.SlaClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's commands on a ticket: reply, internal note, ask for information (pauses the SLA), resolve, reopen within
 * the window, transfer, escalate or set the urgency with a reason, merge a duplicate, claim, and (leads) assign. Each
 * locks the ticket, so two agents acting at once get one answer each; a ticket outside the agent's teams is NotFound
 * unless they are a lead.
 */
@Service
public class Tickets {

    static final int MAX_REASON = 300;

    private final TicketRepository tickets;
    private final AgentRepository agents;
    private final TicketDesk desk;
    private final TicketRouting routing;
    private final SlaClock sla;
    private final SupportSettings settings;

    Tickets(
            TicketRepository tickets,
            AgentRepository agents,
            TicketDesk desk,
            TicketRouting routing,
            SlaClock sla,
            SupportSettings settings) {
        this.tickets = tickets;
        this.agents = agents;
        this.desk = desk;
        this.routing = routing;
        this.sla = sla;
        this.settings = settings;
    }

    /** Answers the requester (they are told in the message centre); a NEW or waiting ticket becomes OPEN. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void reply(UUID ticketId, String text, List<byte[]> attachments) {
        String body = TicketDesk.body(text);
        SupportTicketRecord ticket = active(ticketId);
        Actor me = TicketDesk.me();
        desk.post(ticket, AuthorKind.AGENT, me, Visibility.PUBLIC, body, attachments);
        sla.responded(ticket, desk.now());
        desk.move(ticket, TicketStatus.OPEN, me, List.of());
        desk.tellRequester(ticket, "notice.support.reply", ticket.getTicketNo(), snippet(body));
        ticket.store();
    }

    /** An internal note: agents read it, the requester never does. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void addNote(UUID ticketId, String text, List<byte[]> attachments) {
        String body = TicketDesk.body(text);
        SupportTicketRecord ticket = desk.lockForAgent(ticketId);
        if (ticket.getStatus() == TicketStatus.MERGED) {
            throw new RuleViolated("error.support.closed");
        }
        desk.post(ticket, AuthorKind.AGENT, TicketDesk.me(), Visibility.INTERNAL, body, attachments);
        ticket.store();
    }

    /** Asks the requester for something; the SLA pauses until they answer. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void askForInformation(UUID ticketId, String text) {
        String body = TicketDesk.body(text);
        SupportTicketRecord ticket = active(ticketId);
        Actor me = TicketDesk.me();
        desk.post(ticket, AuthorKind.AGENT, me, Visibility.PUBLIC, body, List.of());
        sla.responded(ticket, desk.now());
        desk.move(ticket, TicketStatus.WAITING_ON_CUSTOMER, me, List.of());
        desk.tellRequester(ticket, "notice.support.waiting", ticket.getTicketNo(), snippet(body));
        ticket.store();
    }

    /** Resolves, with an optional last answer; the requester is asked to rate it and may reopen it within the window. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void resolve(UUID ticketId, String text) {
        SupportTicketRecord ticket = active(ticketId);
        Actor me = TicketDesk.me();
        if (text != null && !text.isBlank()) {
            desk.post(ticket, AuthorKind.AGENT, me, Visibility.PUBLIC, TicketDesk.body(text), List.of());
            sla.responded(ticket, desk.now());
        }
        desk.move(ticket, TicketStatus.RESOLVED, me, List.of());
        desk.tellRequester(ticket, "notice.support.resolved", ticket.getTicketNo());
        ticket.store();
    }

    /** Reopens a resolved ticket within the window, with a reason; it is routed again. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void reopen(UUID ticketId, String reason) {
        String why = reason(reason);
        SupportTicketRecord ticket = desk.lockForAgent(ticketId);
        MyTickets.reopen(desk, routing, settings, ticket, TicketDesk.me(), Reason.of("support.reason.agent", why));
        ticket.store();
    }

    /**
     * Sends the ticket to another team (and, if named, one of its agents with room), with a reason; without an agent
     * it is routed inside the team.
     */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void transfer(UUID ticketId, UUID teamId, UUID agentId, String reason) {
        String why = reason(reason);
        var team = teamId == null ? null : agents.team(teamId).orElse(null);
        if (team == null) {
            throw new RuleViolated(Map.of("team", "error.support.teamRequired"));
        }
        if (agentId != null && !agents.teamsOf(agentId).contains(teamId)) {
            throw new RuleViolated(Map.of("agent", "error.support.agentNotInTeam"));
        }
        SupportTicketRecord ticket = active(ticketId);
        Actor me = TicketDesk.me();
        Reason because = Reason.of("support.reason.agent", why);
        desk.unassign(ticket, me, List.of(because));
        desk.event(ticket, TicketEventKind.TRANSFERRED, me, null, team.getName(), List.of(because));
        ticket.setTeamId(teamId);
        if (agentId != null) {
            take(ticket, agentId, me, because);
        } else {
            routing.route(ticket, me, List.of(Reason.of("support.routing.transfer", team.getName(), why)));
        }
        ticket.store();
    }

    /** Raises the urgency one level with a reason; the SLA due times follow. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void escalate(UUID ticketId, String reason) {
        String why = reason(reason);
        SupportTicketRecord ticket = active(ticketId);
        if (ticket.getUrgency() == Urgency.URGENT) {
            throw new RuleViolated("error.support.alreadyUrgent");
        }
        changeUrgency(
                ticket, ticket.getUrgency().up(), TicketEventKind.ESCALATED, Reason.of("support.reason.agent", why));
        ticket.store();
    }

    /** Overrides the derived urgency (up or down) with a reason. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void setUrgency(UUID ticketId, Urgency urgency, String reason) {
        String why = reason(reason);
        if (urgency == null) {
            throw new RuleViolated(Map.of("urgency", "error.support.urgencyRequired"));
        }
        SupportTicketRecord ticket = active(ticketId);
        changeUrgency(ticket, urgency, TicketEventKind.URGENCY_CHANGED, Reason.of("support.reason.agent", why));
        ticket.store();
    }

    private void changeUrgency(SupportTicketRecord ticket, Urgency to, TicketEventKind kind, Reason because) {
        Actor me = TicketDesk.me();
        Urgency from = ticket.getUrgency();
        ticket.setUrgency(to);
        ticket.setUrgencyReason(TicketRepository.clip(
                Reason.encode(List.of(Reason.of(
                        "support.urgency.reason.override",
                        me.name(),
                        because.args().getFirst()))),
                600));
        sla.recompute(ticket);
        ticket.setUpdatedAt(desk.now());
        desk.event(ticket, kind, me, from.name(), to.name(), List.of(because));
    }

    /**
     * Folds a duplicate into another ticket of the same requester: the duplicate becomes MERGED (its agent's place
     * freed) and the other ticket notes it.
     */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void merge(UUID duplicateId, UUID intoId) {
        if (duplicateId == null || duplicateId.equals(intoId)) {
            throw new RuleViolated("error.support.mergeSelf");
        }
        // lock in id order, so two merges of the same pair never wait on each other
        boolean duplicateFirst = duplicateId.compareTo(intoId) < 0;
        SupportTicketRecord first = desk.lockForAgent(duplicateFirst ? duplicateId : intoId);
        SupportTicketRecord second = desk.lockForAgent(duplicateFirst ? intoId : duplicateId);
        SupportTicketRecord duplicate = duplicateFirst ? first : second;
        SupportTicketRecord into = duplicateFirst ? second : first;
        if (!duplicate.getRequesterId().equals(into.getRequesterId())) {
            throw new RuleViolated("error.support.mergeOtherRequester");
        }
        if (!duplicate.getStatus().active() || !into.getStatus().active()) {
            throw new RuleViolated("error.support.mergeActiveOnly");
        }
        Actor me = TicketDesk.me();
        Reason because = Reason.of("support.reason.merged", duplicate.getTicketNo(), into.getTicketNo());
        duplicate.setMergedIntoId(into.getId());
        desk.move(duplicate, TicketStatus.MERGED, me, List.of(because));
        desk.event(into, TicketEventKind.MERGED, me, duplicate.getTicketNo(), into.getTicketNo(), List.of(because));
        duplicate.store();
        into.setUpdatedAt(desk.now());
        into.store();
    }

    /** The signed-in agent takes the ticket (online, under their limit, in its team unless a lead). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void claim(UUID ticketId) {
        SupportTicketRecord ticket = active(ticketId);
        UUID me = CurrentActor.requireAccountId();
        if (me.equals(ticket.getAssigneeId())) {
            return;
        }
        if (ticket.getAssigneeId() != null && !TicketDesk.lead()) {
            throw new RuleViolated("error.support.alreadyAssigned");
        }
        Actor actor = TicketDesk.me();
        Reason because = Reason.of("support.routing.claimed", actor.name());
        desk.unassign(ticket, actor, List.of(because));
        take(ticket, me, actor, because);
        ticket.store();
    }

    /** A lead gives the ticket to an agent of its team who is online and under their limit. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void assign(UUID ticketId, UUID agentId) {
        SupportTicketRecord ticket = active(ticketId);
        if (agentId == null
                || ticket.getTeamId() == null
                || !agents.teamsOf(agentId).contains(ticket.getTeamId())) {
            throw new RuleViolated(Map.of("agent", "error.support.agentNotInTeam"));
        }
        if (agentId.equals(ticket.getAssigneeId())) {
            return;
        }
        Actor me = TicketDesk.me();
        Reason because = Reason.of("support.routing.byLead", me.name());
        desk.unassign(ticket, me, List.of(because));
        take(ticket, agentId, me, because);
        ticket.store();
    }

    private void take(SupportTicketRecord ticket, UUID agentId, Actor by, Reason because) {
        var agent = agents.find(agentId).orElseThrow(() -> new RuleViolated("error.support.notAnAgent"));
        if (!agents.take(agentId)) {
            throw new RuleViolated("error.support.agentFull", agent.getDisplayName());
        }
        ticket.setAssigneeId(agentId);
        ticket.setRoutingReason(TicketRepository.clip(Reason.encode(List.of(because)), 600));
        ticket.setUpdatedAt(desk.now());
        desk.event(ticket, TicketEventKind.ASSIGNED, by, null, agent.getDisplayName(), List.of(because));
    }

    private SupportTicketRecord active(UUID ticketId) {
        SupportTicketRecord ticket = desk.lockForAgent(ticketId);
        if (!ticket.getStatus().active()) {
            throw new RuleViolated("error.support.closed");
        }
        return ticket;
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolated(Map.of("reason", "error.support.reasonRequired"));
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_REASON) {
            throw new RuleViolated(Map.of("reason", "error.support.textTooLong"));
        }
        return trimmed;
    }

    private static String snippet(String body) {
        return body.length() <= 80 ? body : body.substring(0, 79) + "…";
    }
}
