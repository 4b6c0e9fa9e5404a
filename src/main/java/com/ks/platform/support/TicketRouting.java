package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportAgentRecord;
import com.ks.jooq.tables.records.SupportTeamRecord;
import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.shared.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing that explains itself: how urgent a ticket is (its type, the order's amount, words such as 投诉 or 受伤,
 * repeat contacts), which team gets it (the routing rules), and inside the team the least-loaded online agent under
 * their limit. Every decision is stored as reasons in words ("因为…分配给…").
 *
 * <p>Concurrency: the caller holds the ticket's row lock, so one ticket is assigned once; the agent's place is taken
 * with one conditional update ({@link AgentRepository#take}), so no node takes an agent past their limit.
 */
@Component
class TicketRouting {

    private final SupportSettings settings;
    private final AgentRepository agents;
    private final TicketRepository tickets;
    private final Clock clock;

    TicketRouting(SupportSettings settings, AgentRepository agents, TicketRepository tickets, Clock clock) {
        this.settings = settings;
        this.agents = agents;
        this.tickets = tickets;
        this.clock = clock;
    }

    record Assessed(Urgency urgency, List<Reason> reasons) {}

    /** The urgency of a new ticket and why. */
    Assessed urgency(TicketType type, Long orderTotalFen, String text, int recentContacts) {
        Urgency urgency = type.baseUrgency();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("support.urgency.reason.type", type.labelKey(), urgency.labelKey()));
        if (orderTotalFen != null && orderTotalFen >= settings.largeOrderFen()) {
            urgency = urgency.up();
            reasons.add(Reason.of("support.urgency.reason.amount", yuan(orderTotalFen)));
        }
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Optional<String> urgentWord = settings.urgentKeywords().stream()
                .filter(w -> lower.contains(w.toLowerCase(Locale.ROOT)))
                .findFirst();
        Optional<String> seriousWord = settings.seriousKeywords().stream()
                .filter(w -> lower.contains(w.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (urgentWord.isPresent()) {
            urgency = Urgency.URGENT;
            reasons.add(Reason.of("support.urgency.reason.keyword", urgentWord.get()));
        } else if (seriousWord.isPresent()) {
            urgency = urgency.up();
            reasons.add(Reason.of("support.urgency.reason.keyword", seriousWord.get()));
        }
        if (recentContacts >= settings.repeatContacts()) {
            urgency = urgency.up();
            reasons.add(Reason.of(
                    "support.urgency.reason.repeat",
                    recentContacts,
                    settings.repeatContactWindow().toDays()));
        }
        return new Assessed(urgency, reasons);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** The team the rules send the ticket to: the highest priority matching rule, the more specific on a tie. */
    Optional<SupportTeamRecord> team(TicketType type, RequesterKind kind, String language) {
        return agents.rules().stream()
                .filter(r -> r.type() == null || r.type() == type)
                .filter(r -> r.requesterKind() == null || r.requesterKind() == kind)
                .filter(r -> r.language() == null || language.startsWith(r.language()))
                .max(Comparator.comparingInt(RoutingRule::priority).thenComparingInt(TicketRouting::specificity))
                .flatMap(r -> agents.team(r.teamId()));
    }

    private static int specificity(RoutingRule rule) {
        return (rule.type() == null ? 0 : 1)
                + (rule.requesterKind() == null ? 0 : 1)
                + (rule.language() == null ? 0 : 1);
    }

    /**
     * Sends a locked ticket to its team (by the rules, unless it has one) and to the least-loaded online agent there
     * with room; without one it waits in the team's queue. Writes the reasons and the history. @return the agent, if one
     * took it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<SupportAgentRecord> route(SupportTicketRecord ticket, Actor by, List<Reason> why) {
        Instant now = clock.instant();
        List<Reason> reasons = new ArrayList<>(why);
        if (ticket.getTeamId() == null) {
            Optional<SupportTeamRecord> team =
                    team(ticket.getTicketType(), ticket.getRequesterKind(), ticket.getLanguage());
            if (team.isEmpty()) {
                reasons.add(Reason.of(
                        "support.routing.noTeam", ticket.getTicketType().labelKey()));
                ticket.setRoutingReason(TicketRepository.clip(Reason.encode(reasons), 600));
                return Optional.empty();
            }
            ticket.setTeamId(team.get().getId());
            reasons.add(Reason.of(
                    "support.routing.team",
                    ticket.getTicketType().labelKey(),
                    team.get().getName()));
            tickets.addEvent(
                    Ids.newId(clock),
                    ticket.getId(),
                    TicketEventKind.ROUTED,
                    by.id(),
                    by.name(),
                    null,
                    team.get().getName(),
                    reasons,
                    now);
        }
        Optional<SupportAgentRecord> agent = ticket.getAssigneeId() == null ? assign(ticket) : Optional.empty();
        if (agent.isPresent()) {
            SupportAgentRecord a = agent.get();
            Reason assigned = Reason.of("support.routing.agent", a.getDisplayName(), a.getOpenCount(), a.getMaxOpen());
            reasons.add(assigned);
            tickets.addEvent(
                    Ids.newId(clock),
                    ticket.getId(),
                    TicketEventKind.ASSIGNED,
                    by.id(),
                    by.name(),
                    null,
                    a.getDisplayName(),
                    List.of(assigned),
                    now);
        } else if (ticket.getAssigneeId() == null) {
            reasons.add(Reason.of("support.routing.queued"));
        }
        ticket.setRoutingReason(TicketRepository.clip(Reason.encode(reasons), 600));
        ticket.setUpdatedAt(now);
        return agent;
    }

    private Optional<SupportAgentRecord> assign(SupportTicketRecord ticket) {
        for (SupportAgentRecord candidate : agents.candidates(ticket.getTeamId())) {
            if (agents.take(candidate.getAccountId())) {
                ticket.setAssigneeId(candidate.getAccountId());
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Who did something to a ticket: a person, or the system (null id) with a name key. */
    record Actor(UUID id, String name) {

        static final Actor SYSTEM = new Actor(null, "support.actor.system");
    }
}
