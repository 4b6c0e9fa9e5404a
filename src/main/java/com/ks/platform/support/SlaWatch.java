package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.support.TicketRouting.Actor;
import com.ks.platform.support.sla.SlaClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA watch, one node at a time (ShedLock): a ticket within {@code ks.support.warn-before} (business time) of its
 * due time is escalated one urgency level and the leads are told; resolved tickets past the reopen window close; and
 * waiting tickets are offered again to agents who came online or got room. Each ticket moves in its own transaction.
 */
@Component
class SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final AgentRepository agents;
    private final TicketDesk desk;
    private final SlaClock sla;
    private final AgentPresence presence;
    private final SupportSettings settings;
    private final AccountQueries accounts;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlaWatch(
            TicketRepository tickets,
            AgentRepository agents,
            TicketDesk desk,
            SlaClock sla,
            AgentPresence presence,
            SupportSettings settings,
            AccountQueries accounts,
            NotificationService notifications,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.tickets = tickets;
        this.agents = agents;
        this.desk = desk;
        this.sla = sla;
        this.presence = presence;
        this.settings = settings;
        this.accounts = accounts;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${ks.support.watch-interval:PT1M}",
            initialDelayString = "${ks.support.watch-interval:PT1M}")
    @SchedulerLock(name = "support-sla-watch", lockAtMostFor = "PT10M")
    void run() {
        Instant now = clock.instant();
        int escalated = escalate(now);
        int closed = close(now);
        int routed = offerWaiting();
        if (escalated + closed + routed > 0) {
            log.info("Support SLA watch: {} escalated, {} closed, {} routed", escalated, closed, routed);
        }
    }

    /** Escalates tickets about to breach at {@code now}; @return how many */
    int escalate(Instant now) {
        int count = 0;
        Instant horizon = sla.plusBusiness(now, settings.warnBefore());
        for (UUID id : tickets.dueBefore(horizon, BATCH)) {
            count += escalate(id, now) ? 1 : 0;
        }
        return count;
    }

    /** Escalates the ticket if it is about to breach at {@code now} and was not warned about this due time. */
    boolean escalate(UUID id, Instant now) {
        Boolean done = transaction.execute(tx -> {
            SupportTicketRecord ticket = tickets.lock(id).orElseThrow();
            if (!ticket.getStatus().active()
                    || !sla.aboutToBreach(ticket, now)
                    || (ticket.getSlaWarnedAt() != null
                            && !ticket.getSlaWarnedAt().isBefore(ticket.getSlaDue()))) {
                return false;
            }
            Instant due = ticket.getSlaDue();
            Urgency from = ticket.getUrgency();
            if (from != Urgency.URGENT) {
                ticket.setUrgency(from.up());
                ticket.setUrgencyReason(
                        TicketRepository.clip(Reason.encode(List.of(Reason.of("support.urgency.reason.sla"))), 600));
                sla.recompute(ticket);
            }
            ticket.setSlaWarnedAt(now);
            ticket.setUpdatedAt(now);
            desk.event(
                    ticket,
                    TicketEventKind.ESCALATED,
                    Actor.SYSTEM,
                    from.name(),
                    ticket.getUrgency().name(),
                    List.of(Reason.of("support.urgency.reason.sla")));
            ticket.store();
            tellLeads(ticket, due);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private void tellLeads(SupportTicketRecord ticket, Instant due) {
        List<UUID> agentIds =
                agents.agents().stream().map(AgentSummary::accountId).toList();
        accounts.findByIds(agentIds).values().stream()
                .filter(a -> a.hasRole(Role.CS_LEAD))
                .map(AccountDetails::id)
                .forEach(lead -> notifications.sendOnce(
                        lead,
                        "support-sla:" + ticket.getId() + ":" + due.toEpochMilli() + ":" + lead,
                        new NoticeLink(SupportRoutes.workbenchTicket(ticket.getId())),
                        "notice.support.escalated",
                        ticket.getTicketNo()));
    }

    /** Closes resolved tickets whose reopen window ended before {@code now}; @return how many */
    int close(Instant now) {
        int count = 0;
        for (UUID id : tickets.resolvedBefore(now.minus(settings.reopenWindow()), BATCH)) {
            count += close(id, now) ? 1 : 0;
        }
        return count;
    }

    /** Closes the ticket if it is resolved and its reopen window ended before {@code now}. */
    boolean close(UUID id, Instant now) {
        Boolean done = transaction.execute(tx -> {
            SupportTicketRecord ticket = tickets.lock(id).orElseThrow();
            if (ticket.getStatus() != TicketStatus.RESOLVED
                    || !ticket.getResolvedAt().plus(settings.reopenWindow()).isBefore(now)) {
                return false;
            }
            desk.move(ticket, TicketStatus.CLOSED, Actor.SYSTEM, List.of(Reason.of("support.reason.windowEnded")));
            ticket.store();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private int offerWaiting() {
        int count = 0;
        for (UUID id : tickets.unassigned(BATCH)) {
            if (presence.routeIfWaiting(id)
                    && tickets.find(id).map(t -> t.getAssigneeId() != null).orElse(false)) {
                count++;
            }
        }
        return count;
    }
}
