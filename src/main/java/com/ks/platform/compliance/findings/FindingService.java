package com.ks.platform.compliance.findings;

import com.ks.platform.compliance.NewViolation;
import com.ks.platform.compliance.Texts;
import com.ks.platform.compliance.ViolationService;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers work through the automatic findings: each is a proposal, confirmed by recording a violation (through
 * {@link ViolationService#record}, in one transaction with the finding's decision) or dismissed with a reason. The
 * scan never applies a penalty by itself.
 */
@Service
@PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
public class FindingService {

    private final FindingRepository findings;
    private final ProductScanner scanner;
    private final ViolationService violations;
    private final AuditTrail audit;
    private final Clock clock;

    FindingService(
            FindingRepository findings,
            ProductScanner scanner,
            ViolationService violations,
            AuditTrail audit,
            Clock clock) {
        this.findings = findings;
        this.scanner = scanner;
        this.violations = violations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int count(FindingState state) {
        return findings.count(state == null ? FindingState.PROPOSED : state);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Finding> list(FindingState state, int offset, int limit) {
        return findings.list(state == null ? FindingState.PROPOSED : state, offset, Math.min(limit, 100));
    }

    @Transactional(readOnly = true)
    public Finding finding(UUID findingId) {
        return (findingId == null ? java.util.Optional.<Finding>empty() : findings.find(findingId))
                .orElseThrow(() -> new NotFound("error.finding.notFound"));
    }

    /** Every finding on one product, oldest first. */
    @Transactional(readOnly = true)
    public List<Finding> ofProduct(UUID productId) {
        return findings.ofProduct(productId);
    }

    /** Scans every product now (as the nightly job does); returns how many findings are new. */
    public int scanAll() {
        int proposed = scanner.scanAll();
        return proposed;
    }

    /**
     * Confirms the proposal by recording the violation the officer completed from it (same merchant); both or
     * neither. Refused when it was decided already.
     */
    @Transactional
    public UUID confirm(UUID findingId, NewViolation violation) {
        Finding finding = proposed(findingId);
        if (violation == null || !finding.merchantId().equals(violation.merchantId())) {
            throw new RuleViolated("error.finding.otherMerchant");
        }
        UUID violationId = violations.record(violation);
        ActorPrincipal officer = CurrentActor.require();
        findings.decide(
                findingId,
                FindingState.CONFIRMED,
                officer.accountId(),
                officer.label(),
                null,
                violationId,
                clock.instant());
        audit.record("finding.confirmed", "finding", findingId.toString(), null, "violation=" + violationId);
        return violationId;
    }

    /** Dismisses the proposal with the officer's reason; the product is not proposed again for the same term. */
    @Transactional
    public void dismiss(UUID findingId, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        String why = Texts.required(reason, "reason", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        proposed(findingId);
        ActorPrincipal officer = CurrentActor.require();
        findings.decide(
                findingId, FindingState.DISMISSED, officer.accountId(), officer.label(), why, null, clock.instant());
        audit.record("finding.dismissed", "finding", findingId.toString(), why);
    }

    private Finding proposed(UUID findingId) {
        Finding finding = (findingId == null ? java.util.Optional.<Finding>empty() : findings.lock(findingId))
                .orElseThrow(() -> new NotFound("error.finding.notFound"));
        if (finding.state() != FindingState.PROPOSED) {
            throw new RuleViolated("error.finding.decided");
        }
        return finding;
    }
}
