package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.support.TicketRouting.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agents set themselves ONLINE, AWAY or OFFLINE. Going OFFLINE hands their active tickets back to the team (each routed
 * to another online agent with room, or left in the team queue); coming ONLINE picks up waiting tickets of their teams.
 *
 * <p>The status changes in its own transaction first, then each ticket moves in its own short one: once the status is
 * committed no assignment can choose the agent any more (the conditional update checks ONLINE), so no ticket slips past
 * the hand-back, and the locks are taken ticket-then-agent as everywhere else — never agent-then-ticket, which could
 * deadlock with an agent resolving a ticket at that moment.
 */
@Service
public class AgentPresence {

    static final int PICK_UP_BATCH = 50;

    private final AgentRepository agents;
    private final TicketRepository tickets;
    private final TicketDesk desk;
    private final TicketRouting routing;
    private final TransactionTemplate transaction;

    AgentPresence(
            AgentRepository agents,
            TicketRepository tickets,
            TicketDesk desk,
            TicketRouting routing,
            PlatformTransactionManager transactions) {
        this.agents = agents;
        this.tickets = tickets;
        this.desk = desk;
        this.routing = routing;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The signed-in agent's presence; refused for an account no lead has put in a team. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public AgentSummary me() {
        UUID me = CurrentActor.requireAccountId();
        return transaction.execute(status -> agents.find(me)
                .map(a -> AgentRepository.summary(a, agents.teamsOf(me)))
                .orElseThrow(() -> new NotAllowed("error.support.notAnAgent")));
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    public void setStatus(AgentStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("status");
        }
        UUID me = CurrentActor.requireAccountId();
        Actor actor = TicketDesk.me();
        transaction.executeWithoutResult(tx -> {
            agents.find(me).orElseThrow(() -> new NotAllowed("error.support.notAnAgent"));
            agents.setStatus(me, status, desk.now());
        });
        if (status == AgentStatus.OFFLINE) {
            handBack(me, actor);
        } else if (status == AgentStatus.ONLINE) {
            pickUp(agents.teamsOf(me));
        }
    }

    private void handBack(UUID agentId, Actor actor) {
        Reason because = Reason.of("support.routing.offline", actor.name());
        for (UUID ticketId : tickets.activeOfAssignee(agentId)) {
            transaction.executeWithoutResult(tx -> {
                SupportTicketRecord ticket = tickets.lock(ticketId).orElseThrow();
                if (agentId.equals(ticket.getAssigneeId()) && ticket.getStatus().active()) {
                    desk.unassign(ticket, actor, List.of(because));
                    routing.route(ticket, Actor.SYSTEM, List.of(because));
                    ticket.store();
                }
            });
        }
    }

    /** Routes waiting unassigned tickets of these teams, the most pressing first (also run by the SLA watch). */
    void pickUp(Set<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return;
        }
        for (UUID ticketId : tickets.unassignedOfTeams(teamIds, PICK_UP_BATCH)) {
            if (!routeIfWaiting(ticketId)) {
                return;
            }
        }
    }

    /** @return whether the ticket found an agent (false: nobody has room, so the next ones will not either) */
    boolean routeIfWaiting(UUID ticketId) {
        Boolean assigned = transaction.execute(tx -> {
            SupportTicketRecord ticket = tickets.lock(ticketId).orElseThrow();
            if (ticket.getAssigneeId() != null || !ticket.getStatus().active()) {
                return true;
            }
            boolean found = routing.route(ticket, Actor.SYSTEM, List.of(Reason.of("support.routing.pickedUp")))
                    .isPresent();
            if (found) {
                ticket.store();
            }
            return found;
        });
        return Boolean.TRUE.equals(assigned);
    }
}
