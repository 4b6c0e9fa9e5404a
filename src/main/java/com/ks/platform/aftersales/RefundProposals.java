package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 部分退款: instead of the full refund, the merchant proposes a smaller amount with a reason — on a request they have
 * not answered yet, or on a returned item whose inspection found partial damage. The shopper accepts (the amount is
 * refunded through the same refund after commit; goods not yet sent back stay with the shopper, returned goods stay
 * with the merchant and do not go back into stock) or declines (the case waits for the shopper to ask the platform,
 * within the escalation window). An unanswered proposal lapses as declined at its deadline (AfterSalesDeadlines).
 */
@Service
public class RefundProposals {

    private final CaseRepository cases;
    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final MerchantNotices merchantNotices;
    private final Clock clock;

    RefundProposals(
            CaseRepository cases,
            CaseAccess access,
            CaseLifecycle lifecycle,
            MerchantNotices merchantNotices,
            Clock clock) {
        this.cases = cases;
        this.access = access;
        this.lifecycle = lifecycle;
        this.merchantNotices = merchantNotices;
        this.clock = clock;
    }

    /**
     * Proposes {@code amountFen}: more than nothing and less than what the case may still give back (a proposal of the
     * whole amount is an approval). A returned exchange or repair cannot be settled with money here: it is sent back.
     */
    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void propose(UUID caseId, long amountFen, String reason) {
        String why = CaseText.required(reason, "reason", "error.aftersales.proposalReasonRequired");
        AftersalesCaseRecord record = access.merchants(caseId);
        CaseState state = CaseState.valueOf(record.getState());
        if (!allowed(CaseType.valueOf(record.getCaseType()), CaseReason.valueOf(record.getReason()), state)) {
            throw new RuleViolated("error.aftersales.illegalMove", state.name(), CaseState.PROPOSED.name());
        }
        long refundable = PlatformDecisions.refundable(cases, record);
        if (amountFen < 1 || amountFen >= refundable) {
            throw new RuleViolated(Map.of("amount", "error.aftersales.proposalAmount"));
        }
        record.setProposalFen(amountFen);
        record.setProposalNote(why);
        lifecycle.move(record, CaseState.PROPOSED, CaseAccess.merchant(), why, clock.instant());
    }

    /**
     * Whether a proposal may be made now: on a request not answered yet about goods the shopper has (an order not
     * shipped is simply refunded), or on a returned item of a return-and-refund being inspected.
     */
    public static boolean allowed(CaseType type, CaseReason reason, CaseState state) {
        return switch (state) {
            case REQUESTED -> reason != CaseReason.NOT_WANTED_BEFORE_SHIPMENT;
            case RECEIVED -> type.refunds();
            default -> false;
        };
    }

    /** The shopper accepts: the proposed amount is refunded, and the merchant is told. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void accept(UUID caseId) {
        AftersalesCaseRecord record = proposed(caseId);
        record.setRefundFen(record.getProposalFen());
        lifecycle.move(record, CaseState.REFUND_PENDING, CaseAccess.shopper(), null, clock.instant());
        merchantNotices.tell(record, "notice.aftersales.merchant.proposalAccepted", record.getTitle());
    }

    /** The shopper declines: they may ask the platform to step in within the escalation window. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public void decline(UUID caseId) {
        AftersalesCaseRecord record = proposed(caseId);
        lifecycle.move(record, CaseState.DECLINED, CaseAccess.shopper(), null, clock.instant());
        merchantNotices.tell(record, "notice.aftersales.merchant.proposalDeclined", record.getTitle());
    }

    private AftersalesCaseRecord proposed(UUID caseId) {
        AftersalesCaseRecord record = access.shoppers(caseId);
        if (CaseState.valueOf(record.getState()) != CaseState.PROPOSED) {
            throw new RuleViolated("error.aftersales.noProposal");
        }
        return record;
    }
}
