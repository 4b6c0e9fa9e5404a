package com.ks.platform.support;

import static com.ks.jooq.Tables.SUPPORT_TICKET;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.NotFound;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tickets. Agents: their own queue, their teams' queue, and (leads) all tickets — paged, filtered, the most
 * pressing SLA first — and a ticket's detail with notes and history. Requesters: their own tickets, public messages
 * only. Another's ticket, or one outside the agent's teams (unless lead), answers NotFound.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    public static final int MAX_PAGE = 200;

    private final TicketRepository tickets;
    private final AgentRepository agents;
    private final TicketDesk desk;
    private final SupportSettings settings;
    private final FileStorage storage;

    TicketQueries(
            TicketRepository tickets,
            AgentRepository agents,
            TicketDesk desk,
            SupportSettings settings,
            FileStorage storage) {
        this.tickets = tickets;
        this.agents = agents;
        this.desk = desk;
        this.settings = settings;
        this.storage = storage;
    }

    /** Tickets assigned to the signed-in agent. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<TicketSummary> myQueue(QueueFilter filter, int offset, int limit) {
        return tickets.page(TicketRepository.filtered(mine(), filter), Math.max(0, offset), page(limit));
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    public int countMyQueue(QueueFilter filter) {
        return tickets.count(TicketRepository.filtered(mine(), filter));
    }

    /** Tickets of the agent's teams (or of the one team in the filter, if theirs), assigned or not. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<TicketSummary> teamQueue(QueueFilter filter, int offset, int limit) {
        return tickets.page(TicketRepository.filtered(teams(filter), filter), Math.max(0, offset), page(limit));
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    public int countTeamQueue(QueueFilter filter) {
        return tickets.count(TicketRepository.filtered(teams(filter), filter));
    }

    /** Every ticket, for leads. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    public List<TicketSummary> allQueue(QueueFilter filter, int offset, int limit) {
        return tickets.page(TicketRepository.filtered(all(filter), filter), Math.max(0, offset), page(limit));
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    public int countAllQueue(QueueFilter filter) {
        return tickets.count(TicketRepository.filtered(all(filter), filter));
    }

    /** A ticket as agents see it: every message (notes too), the history, why it is as urgent as it is and where it went. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public TicketDetail ticket(UUID ticketId) {
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.find(ticketId).orElse(null);
        if (ticket == null || !desk.visibleToAgent(ticket)) {
            throw new NotFound("error.support.notFound");
        }
        return detail(ticket, true);
    }

    /** Earlier tickets of the same requester (for the ticket page's context), newest first. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<TicketSummary> requesterTickets(UUID requesterId, int offset, int limit) {
        return tickets.ofRequester(requesterId, Math.max(0, offset), page(limit));
    }

    /** The signed-in shopper's or merchant's own tickets, the latest activity first. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    public List<TicketSummary> myTickets(int offset, int limit) {
        return tickets.ofRequester(CurrentActor.requireAccountId(), Math.max(0, offset), page(limit));
    }

    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    public int countMyTickets() {
        return tickets.countOfRequester(CurrentActor.requireAccountId());
    }

    /** One of the requester's own tickets with the public conversation. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    public TicketDetail myTicket(UUID ticketId) {
        return detail(own(ticketId), false);
    }

    /**
     * A file of a message the reader may see: the requester only public messages' files of their own tickets; agents
     * every file of a ticket they may open (assigned, in its team, or a lead). Anything else is "not found", so a
     * guessed id tells nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public Download attachment(UUID ticketId, UUID attachmentId) {
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.find(ticketId).orElse(null);
        boolean requester = ticket != null && ticket.getRequesterId().equals(CurrentActor.requireAccountId());
        boolean agent = ticket != null && CurrentActor.hasRole(Roles.CS_AGENT) && desk.visibleToAgent(ticket);
        if (!requester && !agent) {
            throw new NotFound("error.support.notFound");
        }
        var file = tickets.attachment(ticketId, attachmentId)
                .filter(f -> agent || f.value3() == Visibility.PUBLIC)
                .orElseThrow(() -> new NotFound("error.support.notFound"));
        byte[] bytes = storage.get(file.value1()).orElseThrow(() -> new NotFound("error.support.notFound"));
        return new Download(file.value2(), bytes, ticket.getTicketNo());
    }

    /** The file's type as sniffed from its bytes when it was attached, and the ticket's number to name it by. */
    public record Download(String contentType, byte[] bytes, String ticketNo) {}

    private SupportTicketRecord own(UUID ticketId) {
        SupportTicketRecord ticket =
                ticketId == null ? null : tickets.find(ticketId).orElse(null);
        if (ticket == null || !ticket.getRequesterId().equals(CurrentActor.requireAccountId())) {
            throw new NotFound("error.support.notFound");
        }
        return ticket;
    }

    private TicketDetail detail(SupportTicketRecord t, boolean agent) {
        boolean reopenable = t.getStatus() == TicketStatus.RESOLVED
                && !t.getResolvedAt().plus(settings.reopenWindow()).isBefore(desk.now());
        return new TicketDetail(
                tickets.summary(t.getId()),
                t.getRequesterId(),
                t.getSubjectKind(),
                t.getOrderId(),
                t.getCaseId(),
                t.getLanguage(),
                agent ? Reason.decode(t.getUrgencyReason()) : List.of(),
                agent ? Reason.decode(t.getRoutingReason()) : List.of(),
                t.getFirstResponseDue(),
                t.getResolutionDue(),
                t.getPausedSince(),
                t.getFirstRespondedAt(),
                t.getResolvedAt(),
                t.getMergedIntoId(),
                t.getSatisfactionScore(),
                t.getSatisfactionComment(),
                reopenable,
                tickets.messages(t.getId(), agent),
                agent ? tickets.events(t.getId()) : List.of());
    }

    private static int page(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }

    private static Condition mine() {
        return SUPPORT_TICKET.ASSIGNEE_ID.eq(CurrentActor.requireAccountId());
    }

    private Condition teams(QueueFilter filter) {
        Set<UUID> teams = agents.teamsOf(CurrentActor.requireAccountId());
        if (filter.teamId() != null) {
            return teams.contains(filter.teamId()) || TicketDesk.lead()
                    ? SUPPORT_TICKET.TEAM_ID.eq(filter.teamId())
                    : TicketRepository.none();
        }
        return teams.isEmpty() ? TicketRepository.none() : SUPPORT_TICKET.TEAM_ID.in(teams);
    }

    private static Condition all(QueueFilter filter) {
        return filter.teamId() == null ? org.jooq.impl.DSL.noCondition() : SUPPORT_TICKET.TEAM_ID.eq(filter.teamId());
    }
}
