package com.ks.platform.compliance;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant's side of its violations: every violation with its evidence and history, and one appeal per violation
 * within the appeal window ({@code ks.compliance.violations.appeal-window}). Only the owner appeals; a violation of
 * another merchant answers "not found".
 */
@Service
@PreAuthorize(Roles.IS_MERCHANT)
public class MerchantViolationService {

    private final ViolationRepository violations;
    private final ViolationReads reads;
    private final EvidenceStore evidence;
    private final MerchantAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MerchantViolationService(
            ViolationRepository violations,
            ViolationReads reads,
            EvidenceStore evidence,
            MerchantAccess access,
            AuditTrail audit,
            Clock clock) {
        this.violations = violations;
        this.reads = reads;
        this.evidence = evidence;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return violations.count(ViolationFilter.ALL, myMerchant().id());
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Violation> mine(int offset, int limit) {
        return reads.named(violations.page(ViolationFilter.ALL, myMerchant().id(), offset, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public ViolationDetails mine(UUID violationId) {
        return reads.details(violationId, myMerchant().id());
    }

    @Transactional(readOnly = true)
    public byte[] evidenceContent(UUID violationId, UUID evidenceId) {
        reads.details(violationId, myMerchant().id());
        return evidence.content(violationId, evidenceId);
    }

    /** Sends the one appeal, with text and optional files; refused after the deadline or when one was already sent. */
    @Transactional
    public void appeal(UUID violationId, String text, List<EvidenceFile> files) {
        MerchantSummary merchant = access.requireOwner();
        if (violationId == null) {
            throw new NotFound("error.violation.notFound");
        }
        Violation violation = violations
                .findForUpdate(violationId, merchant.id())
                .orElseThrow(() -> new NotFound("error.violation.notFound"));
        Instant now = clock.instant();
        if (violation.appealState() != AppealState.NONE) {
            throw new RuleViolated("error.appeal.alreadySent");
        }
        if (!now.isBefore(violation.appealDeadline())) {
            throw new RuleViolated("error.appeal.deadlinePassed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = Texts.required(text, "text", errors);
        evidence.check(files, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        if (!violations.appeal(violationId, clean, now)) {
            throw new RuleViolated("error.appeal.alreadySent");
        }
        evidence.store(violationId, "MERCHANT", files);
        audit.record("violation.appealed", "violation", violationId.toString(), clean);
    }

    private MerchantSummary myMerchant() {
        return access.current()
                .map(actor -> actor.merchant())
                .orElseThrow(() -> new com.ks.platform.shared.NotAllowed("error.merchant.none"));
    }
}
