package com.ks.platform.support;

import com.ks.jooq.tables.records.SupportTicketRecord;
import com.ks.platform.identity.AccountDetails;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.promotion.MemberPriority;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.TicketRouting.Actor;
import com.ks.platform.support.sla.SlaClock;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A requester's side of a ticket: a shopper (or a merchant, from the portal) asks, replies, reopens a resolved ticket
 * within the window and rates the answer. One active ticket per person and subject: a second question on the same
 * order joins it. Another person's ticket answers NotFound.
 */
@Service
public class MyTickets {

    static final int MAX_COMMENT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final TicketRepository tickets;
    private final TicketDesk desk;
    private final TicketRouting routing;
    private final SlaClock sla;
    private final SupportSettings settings;
    private final OrderQueries orders;
    private final AccountQueries accounts;
    private final MerchantAccess merchants;
    private final MemberPriority memberPriority;
    private final Clock clock;

    MyTickets(
            TicketRepository tickets,
            TicketDesk desk,
            TicketRouting routing,
            SlaClock sla,
            SupportSettings settings,
            OrderQueries orders,
            AccountQueries accounts,
            MerchantAccess merchants,
            MemberPriority memberPriority,
            Clock clock) {
        this.tickets = tickets;
        this.desk = desk;
        this.routing = routing;
        this.sla = sla;
        this.settings = settings;
        this.orders = orders;
        this.accounts = accounts;
        this.merchants = merchants;
        this.memberPriority = memberPriority;
        this.clock = clock;
    }

    /**
     * Asks customer service. A shopper picks one of {@link TicketType#SHOPPER_CHOICES} and optionally one of their
     * orders; a merchant asks with type MERCHANT. A guessed order id is NotFound.
     */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    @Transactional
    public Opened open(OpenTicket command) {
        if (command.type() == null) {
            throw new RuleViolated(Map.of("type", "error.support.typeRequired"));
        }
        RequesterKind kind = command.type() == TicketType.MERCHANT ? RequesterKind.MERCHANT : RequesterKind.SHOPPER;
        if (kind == RequesterKind.MERCHANT
                ? !CurrentActor.hasRole(Roles.MERCHANT)
                : !CurrentActor.hasRole(Roles.SHOPPER) || !TicketType.SHOPPER_CHOICES.contains(command.type())) {
            throw new RuleViolated(Map.of("type", "error.support.typeRequired"));
        }
        String body = TicketDesk.body(command.text());
        TicketDesk.files(command.attachments());
        OrderDetails order = command.orderId() == null
                ? null
                : kind == RequesterKind.MERCHANT
                        ? orders.merchantOrder(command.orderId())
                        : orders.myOrder(command.orderId());
        String name = kind == RequesterKind.MERCHANT
                ? merchants.current().map(m -> m.merchant().storeName()).orElseThrow()
                : CurrentActor.require().label();
        return open(new Request(
                CurrentActor.requireAccountId(),
                kind,
                name,
                command.type(),
                subject(command.type(), order),
                order == null ? null : order.id().toString(),
                order == null ? null : new OrderRef(order.id(), order.orderNo(), order.totalFen()),
                null,
                body,
                command.attachments()));
    }

    private static SubjectKind subject(TicketType type, OrderDetails order) {
        if (order != null) {
            return SubjectKind.ORDER;
        }
        return switch (type) {
            case CREDIT_REVIEW -> SubjectKind.CREDIT;
            case PRIVACY -> SubjectKind.PRIVACY;
            default -> SubjectKind.FREE;
        };
    }

    /** What a source (the contact form, an escalated after-sales case) asks on the requester's behalf. */
    record Request(
            UUID requesterId,
            RequesterKind kind,
            String requesterName,
            TicketType type,
            SubjectKind subject,
            String subjectRef,
            OrderRef order,
            UUID caseId,
            String text,
            List<byte[]> files) {}

    /** The order a ticket is about (its amount weighs in the urgency). */
    record OrderRef(UUID id, String orderNo, Long totalFen) {}

    /** Opens the ticket, or adds the question to the requester's active ticket on the same subject. */
    @Transactional
    Opened open(Request request) {
        Instant now = clock.instant();
        Actor requester = new Actor(request.requesterId(), request.requesterName());
        SupportTicketRecord ticket = newTicket(request, now);
        String subjectKey = TicketDesk.openSubject(ticket);
        if (subjectKey != null) {
            var active = tickets.lockActiveSubject(subjectKey);
            if (active.isPresent()) {
                SupportTicketRecord existing = active.get();
                desk.post(
                        existing, AuthorKind.REQUESTER, requester, Visibility.PUBLIC, request.text(), request.files());
                if (existing.getStatus() == TicketStatus.WAITING_ON_CUSTOMER) {
                    desk.move(existing, TicketStatus.OPEN, requester, List.of());
                }
                existing.store();
                return new Opened(existing.getId(), existing.getTicketNo(), true);
            }
        }
        ticket.setOpenSubject(subjectKey);
        int recent = tickets.countSince(request.requesterId(), now.minus(settings.repeatContactWindow()));
        TicketRouting.Assessed urgency = routing.urgency(
                request.type(), request.order() == null ? null : request.order().totalFen(), request.text(), recent);
        urgency = withMemberPriority(request, urgency);
        ticket.setUrgency(urgency.urgency());
        ticket.setUrgencyReason(TicketRepository.clip(Reason.encode(urgency.reasons()), 600));
        sla.recompute(ticket);
        try {
            ticket.store();
        } catch (DuplicateKeyException concurrentTwin) {
            throw new RuleViolated("error.support.concurrentTwin");
        }
        desk.event(ticket, TicketEventKind.CREATED, requester, null, TicketStatus.NEW.name(), urgency.reasons());
        desk.post(ticket, AuthorKind.REQUESTER, requester, Visibility.PUBLIC, request.text(), request.files());
        routing.route(ticket, Actor.SYSTEM, List.of());
        ticket.store();
        return new Opened(ticket.getId(), ticket.getTicketNo(), false);
    }

    /** 会员优先客服: a shopper of a level with priority service is served one urgency level sooner, and told why. */
    private TicketRouting.Assessed withMemberPriority(Request request, TicketRouting.Assessed assessed) {
        if (request.kind() != RequesterKind.SHOPPER || request.requesterId() == null) {
            return assessed;
        }
        return memberPriority
                .priorityLevel(request.requesterId())
                .map(level -> {
                    List<Reason> reasons = new java.util.ArrayList<>(assessed.reasons());
                    reasons.add(Reason.of("support.urgency.reason.member", level));
                    return new TicketRouting.Assessed(assessed.urgency().up(), reasons);
                })
                .orElse(assessed);
    }

    private SupportTicketRecord newTicket(Request request, Instant now) {
        SupportTicketRecord ticket = tickets.newTicket();
        UUID id = Ids.newId(clock);
        ticket.setId(id);
        ticket.setTicketNo("T" + DAY.format(now.atZone(settings.calendar().zone())) + "-"
                + id.toString().replace("-", "").substring(20).toUpperCase(Locale.ROOT));
        ticket.setRequesterId(request.requesterId());
        ticket.setRequesterKind(request.kind());
        ticket.setRequesterName(TicketRepository.clip(request.requesterName(), 60));
        ticket.setSubjectKind(request.subject());
        ticket.setSubjectRef(request.subjectRef());
        if (request.order() != null) {
            ticket.setOrderId(request.order().id());
            ticket.setOrderNo(request.order().orderNo());
            ticket.setOrderTotalFen(request.order().totalFen());
        }
        ticket.setCaseId(request.caseId());
        ticket.setTicketType(request.type());
        ticket.setTitle(title(request.text()));
        ticket.setLanguage(language(request.requesterId()));
        ticket.setStatus(TicketStatus.NEW);
        ticket.setPausedSeconds(0L);
        ticket.setCreatedAt(now);
        ticket.setUpdatedAt(now);
        ticket.setVersion(0);
        return ticket;
    }

    private static String title(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        return firstLine.length() <= 60 ? firstLine : firstLine.substring(0, 59) + "…";
    }

    private String language(UUID accountId) {
        return accounts.findById(accountId)
                .map(AccountDetails::preferredLocale)
                .filter(l -> l != null && !l.getLanguage().isEmpty())
                .map(Locale::toLanguageTag)
                .orElse("zh-CN");
    }

    /** Adds to the conversation of an active ticket; a resolved one is reopened instead, a closed one refuses. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    @Transactional
    public void reply(UUID ticketId, String text, List<byte[]> attachments) {
        String body = TicketDesk.body(text);
        SupportTicketRecord ticket = desk.lockOwn(ticketId);
        if (ticket.getStatus() == TicketStatus.RESOLVED) {
            throw new RuleViolated("error.support.resolvedReopen");
        }
        if (!ticket.getStatus().active()) {
            throw new RuleViolated("error.support.closed");
        }
        Actor me = TicketDesk.me();
        desk.post(ticket, AuthorKind.REQUESTER, me, Visibility.PUBLIC, body, attachments);
        if (ticket.getStatus() == TicketStatus.WAITING_ON_CUSTOMER) {
            desk.move(ticket, TicketStatus.OPEN, me, List.of());
        }
        ticket.store();
    }

    /** 重新打开: within the reopen window after resolution, with an optional message; it is routed again. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    @Transactional
    public void reopen(UUID ticketId, String text) {
        SupportTicketRecord ticket = desk.lockOwn(ticketId);
        String body = text == null || text.isBlank() ? null : TicketDesk.body(text);
        Actor me = TicketDesk.me();
        reopen(desk, routing, settings, ticket, me, Reason.of("support.reopen.requester"));
        if (body != null) {
            desk.post(ticket, AuthorKind.REQUESTER, me, Visibility.PUBLIC, body, List.of());
        }
        ticket.store();
    }

    static void reopen(
            TicketDesk desk,
            TicketRouting routing,
            SupportSettings settings,
            SupportTicketRecord ticket,
            Actor by,
            Reason why) {
        if (ticket.getStatus() != TicketStatus.RESOLVED
                || ticket.getResolvedAt().plus(settings.reopenWindow()).isBefore(desk.now())) {
            throw new RuleViolated(
                    "error.support.reopenWindow", settings.reopenWindow().toDays());
        }
        if (ticket.getAssigneeId() != null) {
            desk.unassign(ticket, by, List.of(why));
        }
        desk.move(ticket, TicketStatus.OPEN, by, List.of(why));
        try {
            ticket.store();
        } catch (DuplicateKeyException anotherActive) {
            throw new RuleViolated("error.support.anotherActive");
        }
        routing.route(ticket, by, List.of(why));
    }

    /** The one-question survey after resolution: 1–5 and an optional comment, once. */
    @PreAuthorize("hasAnyRole('SHOPPER', 'MERCHANT')")
    @Transactional
    public void rate(UUID ticketId, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new RuleViolated(Map.of("score", "error.support.score"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new RuleViolated(Map.of("comment", "error.support.textTooLong"));
        }
        SupportTicketRecord ticket = desk.lockOwn(ticketId);
        if (ticket.getStatus() != TicketStatus.RESOLVED && ticket.getStatus() != TicketStatus.CLOSED) {
            throw new RuleViolated("error.support.rateResolvedOnly");
        }
        if (ticket.getSatisfactionScore() != null) {
            throw new RuleViolated("error.support.alreadyRated");
        }
        ticket.setSatisfactionScore(score);
        ticket.setSatisfactionComment(text);
        desk.event(ticket, TicketEventKind.RATED, TicketDesk.me(), null, String.valueOf(score), List.of());
        ticket.store();
    }
}
