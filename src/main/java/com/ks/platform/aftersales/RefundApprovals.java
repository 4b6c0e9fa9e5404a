package com.ks.platform.aftersales;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 平台介入 refunds above an agent's limit: the agent's decision is recorded as waiting for a lead; a lead approves it
 * (the refund is made then, in the same transaction, through {@link PlatformDecisions#refund} as the lead) or turns it
 * down with a note, and the case waits for the platform as before.
 */
@Service
public class RefundApprovals {

    public static final int MAX_LIST = 100;

    private final RefundApprovalRepository approvals;
    private final AfterSalesQueries queries;
    private final PlatformDecisions decisions;
    private final PlatformRefundLimit limit;
    private final Clock clock;

    RefundApprovals(
            RefundApprovalRepository approvals,
            AfterSalesQueries queries,
            PlatformDecisions decisions,
            PlatformRefundLimit limit,
            Clock clock) {
        this.approvals = approvals;
        this.queries = queries;
        this.decisions = decisions;
        this.limit = limit;
        this.clock = clock;
    }

    /** Records the agent's refund for a lead; within their own limit they refund directly instead. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional
    public UUID request(UUID caseId, long amountFen, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > AfterSalesService.MAX_TEXT) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.decisionReasonRequired"));
        }
        WaitingCase<CaseDetails> waiting = queries.platformCase(caseId);
        if (waiting.detail().state() != CaseState.ESCALATED) {
            throw new RuleViolated("error.aftersales.notWaitingForPlatform");
        }
        if (amountFen < 1 || amountFen > waiting.refundableFen()) {
            throw new RuleViolated(Map.of("amount", "error.aftersales.platformAmount"));
        }
        if (limit.allows(amountFen)) {
            throw new RuleViolated("error.aftersales.approvalNotNeeded");
        }
        ActorPrincipal me = CurrentActor.require();
        UUID id = Ids.newId(clock);
        try {
            approvals.insert(id, caseId, amountFen, why, me.accountId(), clip(me.label()), clock.instant());
        } catch (DuplicateKeyException waitingAlready) {
            throw new RuleViolated("error.aftersales.approvalPending");
        }
        return id;
    }

    /** The request waiting on this case, if any (agents see it on the case page). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public Optional<RefundApproval> pendingOfCase(UUID caseId) {
        return approvals.pendingOfCase(caseId);
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional(readOnly = true)
    public List<RefundApproval> waiting() {
        return approvals.allPending(MAX_LIST);
    }

    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional(readOnly = true)
    public int countWaiting() {
        return approvals.countPending();
    }

    /** Makes the refund the agent proposed, as the lead; refused (and nothing changed) if the case moved meanwhile. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void approve(UUID approvalId) {
        RefundApproval approval =
                approvals.pending(approvalId).orElseThrow(() -> new NotFound("error.aftersales.approvalGone"));
        ActorPrincipal lead = CurrentActor.require();
        if (!approvals.decide(approvalId, "APPROVED", lead.accountId(), null, clock.instant())) {
            throw new NotFound("error.aftersales.approvalGone");
        }
        decisions.refund(approval.caseId(), approval.amountFen(), approval.reason());
    }

    /** Turns the request down with a note for the agent; the case keeps waiting for the platform. */
    @PreAuthorize(Roles.IS_CS_LEAD)
    @Transactional
    public void reject(UUID approvalId, String note) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > AfterSalesService.MAX_TEXT) {
            throw new RuleViolated(Map.of("reason", "error.aftersales.decisionReasonRequired"));
        }
        if (!approvals.decide(approvalId, "REJECTED", CurrentActor.requireAccountId(), why, clock.instant())) {
            throw new NotFound("error.aftersales.approvalGone");
        }
    }

    private static String clip(String name) {
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
