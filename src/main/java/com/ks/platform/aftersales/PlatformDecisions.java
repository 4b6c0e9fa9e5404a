package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 平台介入: a customer-service agent decides a case that waits for the platform — refund it (in full or in part, up to
 * what the case may still give back, through the same refund after commit keyed by the case) or uphold the merchant
 * (the case closes). The decision binds the merchant; both parties are told, and the timeline names the agent.
 */
@Service
public class PlatformDecisions {

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final MerchantNotices merchantNotices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlatformDecisions(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            MerchantNotices merchantNotices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.merchantNotices = merchantNotices;
        this.clock = clock;
    }

    /**
     * Refunds {@code amountFen} (at least 1 fen, at most {@link #refundable}) and tells the merchant; above an agent's
     * limit only a lead may ({@link PlatformRefundLimit}).
     */
    @PreAuthorize(Roles.IS_CS_AGENT + " and @platformRefundLimit.check(#amountFen)")
    @Transactional
    public void refund(UUID caseId, long amountFen, String reason) {
        String why = reason(reason);
        AftersalesCaseRecord record = waiting(caseId);
        long refundable = refundable(cases, record);
        if (amountFen < 1 || amountFen > refundable) {
            throw new RuleViolated(Map.of("amount", "error.aftersales.platformAmount"));
        }
        record.setRefundFen(amountFen);
        decide(record, CaseState.REFUND_PENDING, why);
    }

    /** Upholds the merchant's decision: the case closes. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void uphold(UUID caseId, String reason) {
        String why = reason(reason);
        decide(waiting(caseId), CaseState.CLOSED, why);
    }

    /**
     * What the case may still give back: its share of the line (the amount asked for, or for an exchange or a repair
     * the units' share of what was paid), never more than the line's payment less what other cases took.
     */
    static long refundable(CaseRepository cases, AftersalesCaseRecord record) {
        long share = record.getRefundFen() > 0
                ? record.getRefundFen()
                : record.getLinePaidFen() * record.getQuantity() / record.getLineQuantity();
        long left = record.getLinePaidFen() - cases.refundedOnLine(record.getOrderLineId());
        return Math.max(0, Math.min(share, left));
    }

    /** Moves the case as the platform and tells the merchant's owner. */
    void decide(AftersalesCaseRecord record, CaseState to, String why) {
        lifecycle.move(record, to, new By(Actor.PLATFORM, CurrentActor.requireAccountId(), null), why, clock.instant());
        events.publishEvent(new AfterSalesPlatformDecided(record.getId(), to == CaseState.REFUND_PENDING));
        merchantNotices.tell(record, "notice.aftersales.merchant.platform." + to.name(), record.getTitle());
    }

    private AftersalesCaseRecord waiting(UUID caseId) {
        AftersalesCaseRecord record = cases.lock(caseId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        if (CaseState.valueOf(record.getState()) != CaseState.ESCALATED) {
            throw new RuleViolated("error.aftersales.notWaitingForPlatform");
        }
        if (CaseType.valueOf(record.getCaseType()) == CaseType.COMPLAINT) {
            // a complaint is upheld or dismissed (Complaints), not refunded or settled for the merchant
            throw new RuleViolated("error.aftersales.complaintDecision");
        }
        return record;
    }

    static String reason(String reason) {
        return CaseText.required(reason, "reason", "error.aftersales.decisionReasonRequired");
    }
}
