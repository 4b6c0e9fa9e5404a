package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.ModuleHook;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉: a shopper's complaint about the merchant on a paid order, bound to no return period, one open per order. It
 * goes straight to the platform (ESCALATED) and the merchant is told and may answer in the conversation; an agent
 * upholds it (投诉成立, optionally with a refund up to what the order was paid less what was refunded, through the
 * refund after commit) or dismisses it (投诉不成立), with a reason. The outcome stays on the case, so a merchant's
 * complaints can be counted.
 */
@Service
public class Complaints {

    private final CaseRepository cases;
    private final ComplaintRepository complaints;
    private final CaseRules rules;
    private final CaseLifecycle lifecycle;
    private final PlatformDecisions decisions;
    private final OrderQueries orders;
    private final MerchantNotices merchantNotices;
    private final PaymentService payments;
    private final Clock clock;

    Complaints(
            CaseRepository cases,
            ComplaintRepository complaints,
            CaseRules rules,
            CaseLifecycle lifecycle,
            PlatformDecisions decisions,
            OrderQueries orders,
            MerchantNotices merchantNotices,
            PaymentService payments,
            Clock clock) {
        this.cases = cases;
        this.complaints = complaints;
        this.rules = rules;
        this.lifecycle = lifecycle;
        this.decisions = decisions;
        this.orders = orders;
        this.merchantNotices = merchantNotices;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Opens the complaint within the shopper's apply command ({@link AfterSalesService#apply}, which checked the
     * reason, the description's length and the photos): about the order, named by one of its lines (the first if none).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID open(ApplyCase command, String description) {
        UUID accountId = CurrentActor.requireAccountId();
        if (description == null) {
            throw new RuleViolated(Map.of("description", "error.aftersales.complaintDescriptionRequired"));
        }
        OrderDetails order = orders.myOrder(command.orderId());
        OrderDetails.Line line =
                command.lineId() == null ? order.lines().getFirst() : CaseRules.line(order, command.lineId());
        Instant now = clock.instant();
        Eligibility.Verdict verdict = rules.options(order, line, now).verdicts().get(command.reason());
        if (!verdict.allowed()) {
            throw new RuleViolated(verdict.refusalKey());
        }
        if (complaints.hasOpen(order.id())) {
            throw new RuleViolated("error.aftersales.openComplaintExists");
        }
        AftersalesCaseRecord record =
                CaseSnapshot.newCase(cases, clock, accountId, order, line, command.reason(), description, 0);
        record.setRefundFen(0L);
        record.setOpenComplaintOrderId(order.id());
        record.setOrderPaidFen(order.totalFen());
        try {
            lifecycle.start(record, CaseState.ESCALATED, new By(Actor.SHOPPER, accountId, null), now);
        } catch (DuplicateKeyException concurrent) {
            throw new RuleViolated("error.aftersales.openComplaintExists");
        }
        merchantNotices.tell(record, "notice.aftersales.merchant.complaint", order.orderNo());
        return record.getId();
    }

    /** 投诉成立, with a refund of {@code refundFen} (0 for none, at most {@link #refundable}). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void uphold(UUID caseId, long refundFen, String reason) {
        String why = PlatformDecisions.reason(reason);
        AftersalesCaseRecord record = waiting(caseId);
        if (refundFen < 0 || refundFen > refundable(record)) {
            throw new RuleViolated(Map.of("amount", "error.aftersales.complaintAmount"));
        }
        decide(record, ComplaintRepository.UPHELD, CaseState.COMPLAINT_UPHELD, why);
        if (refundFen > 0) {
            record.setRefundFen(refundFen);
            lifecycle.move(
                    record,
                    CaseState.REFUND_PENDING,
                    new By(Actor.PLATFORM, CurrentActor.requireAccountId(), null),
                    null,
                    clock.instant());
        }
    }

    /** 投诉不成立. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public void dismiss(UUID caseId, String reason) {
        String why = PlatformDecisions.reason(reason);
        decide(waiting(caseId), ComplaintRepository.DISMISSED, CaseState.COMPLAINT_DISMISSED, why);
    }

    /**
     * Complaints opened against the merchant since {@code since}, and how many were upheld — for the merchant's credit
     * rating. Not a door for people: the module that rates merchants calls it.
     */
    @Transactional(readOnly = true)
    @ModuleHook
    public ComplaintCounts complaintsAgainst(UUID merchantId, Instant since) {
        return complaints.against(merchantId, since);
    }

    /** What an upheld complaint may still give back: the order's payment less its refunds, done or recorded. */
    long refundable(AftersalesCaseRecord record) {
        long paid = record.getOrderPaidFen() == null ? 0 : record.getOrderPaidFen();
        long left =
                paid - payments.refundedForOrder(record.getOrderId()) - complaints.pendingRefunds(record.getOrderId());
        return Math.max(0, left);
    }

    private void decide(AftersalesCaseRecord record, String outcome, CaseState to, String why) {
        record.setComplaintOutcome(outcome);
        record.setOpenComplaintOrderId(null);
        decisions.decide(record, to, why);
    }

    private AftersalesCaseRecord waiting(UUID caseId) {
        AftersalesCaseRecord record = cases.lock(caseId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        if (CaseType.valueOf(record.getCaseType()) != CaseType.COMPLAINT) {
            throw new NotFound("error.aftersales.notFound");
        }
        if (CaseState.valueOf(record.getState()) != CaseState.ESCALATED) {
            throw new RuleViolated("error.aftersales.notWaitingForPlatform");
        }
        return record;
    }
}
