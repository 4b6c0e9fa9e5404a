package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.notification.NoticeLink;
import com.ks.platform.notification.NotificationService;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a locked case: checks the move is allowed, sets who acts next and by when, writes the step on the timeline,
 * records the refund intent (REFUND_PENDING publishes {@link AfterSalesRefundRequested}, carried out after commit)
 * and tells the shopper — and the merchant when the case goes to the platform.
 */
@Component
class CaseLifecycle {

    /** Automatic steps whose notice names the rule (the state alone would not say why the case moved). */
    private static final Set<String> RULE_NOTICES = Set.of("PROPOSAL_LAPSED", "ESCALATION_WINDOW_PASSED");

    private final CaseRepository cases;
    private final AfterSalesSettings settings;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final MerchantNotices merchantNotices;
    private final Clock clock;

    CaseLifecycle(
            CaseRepository cases,
            AfterSalesSettings settings,
            ApplicationEventPublisher events,
            NotificationService notifications,
            MerchantNotices merchantNotices,
            Clock clock) {
        this.merchantNotices = merchantNotices;
        this.cases = cases;
        this.settings = settings;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The actor's side of a move: who, and (for an automatic step) the rule that made it. */
    record By(Actor actor, UUID actorId, String rule) {

        static By system(String rule) {
            return new By(Actor.SYSTEM, null, rule);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void start(AftersalesCaseRecord record, By by, Instant now) {
        start(record, CaseState.REQUESTED, by, now);
    }

    /** Starts a case in {@code first} (a complaint starts ESCALATED: it waits for the platform from the outset). */
    @Transactional(propagation = Propagation.MANDATORY)
    void start(AftersalesCaseRecord record, CaseState first, By by, Instant now) {
        record.setState(first.name());
        schedule(record, first, now);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        cases.addStep(
                Ids.newId(clock), record.getId(), first, by.actor(), by.actorId(), null, record.getDescription(), now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void move(AftersalesCaseRecord record, CaseState to, By by, String note, Instant now) {
        CaseState from = CaseState.valueOf(record.getState());
        if (!from.canMoveTo(to)) {
            throw new RuleViolated("error.aftersales.illegalMove", from.name(), to.name());
        }
        record.setState(to.name());
        schedule(record, to, now);
        // a refused case escalated by its shopper holds its line again (the unique key refuses a second open case)
        record.setOpenLineId(
                to.open() && CaseType.valueOf(record.getCaseType()).holdsLine() ? record.getOrderLineId() : null);
        if (to == CaseState.REFUND_PENDING) {
            record.setRefundRef("aftersales:" + record.getId());
        }
        if (to == CaseState.REFUNDED) {
            record.setRefundedAt(now);
        }
        record.setUpdatedAt(now);
        record.store();
        cases.addStep(Ids.newId(clock), record.getId(), to, by.actor(), by.actorId(), by.rule(), note, now);
        if (to == CaseState.ESCALATED) {
            events.publishEvent(new AfterSalesEscalated(
                    record.getId(),
                    record.getCaseNo(),
                    record.getAccountId(),
                    record.getOrderId(),
                    record.getOrderNo(),
                    record.getTitle(),
                    note));
        }
        if (to == CaseState.REFUND_PENDING) {
            events.publishEvent(new AfterSalesRefundRequested(
                    record.getId(), record.getOrderId(), record.getRefundFen(), record.getRefundRef()));
        }
        if (by.actor() != Actor.SHOPPER) {
            notifications.send(
                    record.getAccountId(),
                    new NoticeLink(AfterSalesRoutes.myCase(record.getId())),
                    shopperNotice(to, by),
                    record.getCaseNo(),
                    record.getTitle());
        }
        if (to == CaseState.ESCALATED) {
            // the one place the merchant hears of an escalation, whoever escalated (shopper, failed inspection)
            merchantNotices.tell(record, "notice.aftersales.merchant.ESCALATED", record.getTitle());
        }
    }

    private static String shopperNotice(CaseState to, By by) {
        if (by.actor() == Actor.PLATFORM) {
            return "notice.aftersales.platform." + to.name();
        }
        return by.rule() != null && RULE_NOTICES.contains(by.rule())
                ? "notice.aftersales.rule." + by.rule()
                : "notice.aftersales." + to.name();
    }

    /** Who must act next in this state, and by when (null: nobody waits, or nobody has a deadline). */
    private void schedule(AftersalesCaseRecord record, CaseState state, Instant now) {
        switch (state) {
            case REQUESTED -> next(record, Actor.MERCHANT, now.plus(settings.merchantAnswer()));
            case APPROVED -> next(record, Actor.SHOPPER, now.plus(settings.shopperShipBack()));
            // only a refund can be given on the merchant's behalf; an exchange or a repair waits for the merchant
            case RETURN_SHIPPED ->
                next(
                        record,
                        Actor.MERCHANT,
                        CaseType.valueOf(record.getCaseType()).refunds()
                                ? leaves(record, now)
                                        .plus(settings.returnTransit())
                                        .plus(settings.merchantReceipt())
                                : null);
            case RESHIPPED -> next(record, Actor.SHOPPER, now.plus(settings.shopperConfirm()));
            case PROPOSED -> next(record, Actor.SHOPPER, now.plus(settings.proposalAnswer()));
            // 平台介入 is open to the shopper for a while after a refusal or a declined proposal, then the case closes
            case REFUSED, DECLINED -> next(record, Actor.SHOPPER, now.plus(settings.escalationWindow()));
            case RECEIVED -> next(record, Actor.MERCHANT, null);
            case ESCALATED -> next(record, Actor.PLATFORM, null);
            case REFUND_PENDING -> next(record, Actor.SYSTEM, null);
            default -> next(record, null, null);
        }
    }

    /**
     * When the return parcel leaves: now when mailed, the pickup window when booked. Until the carrier reports its
     * delivery (ReturnParcelFeed), the merchant's deadline counts from an estimated arrival.
     */
    private static Instant leaves(AftersalesCaseRecord record, Instant now) {
        Instant shipped = record.getReturnShippedAt();
        return shipped != null && shipped.isAfter(now) ? shipped : now;
    }

    private static void next(AftersalesCaseRecord record, Actor actor, Instant deadline) {
        record.setNextActor(actor == null ? null : actor.name());
        record.setDeadlineAt(deadline);
    }
}
