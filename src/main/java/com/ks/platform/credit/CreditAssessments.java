package com.ks.platform.credit;

import com.ks.platform.identity.Roles;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance's view of the automated credit decisions: every shopper's last assessment with the factors that made
 * it, as it was stored (PIPL art. 24: automated decision-making must be transparent and its result fair).
 */
@Service
public class CreditAssessments {

    private final CreditRepository credit;
    private final CreditAssessor assessor;

    CreditAssessments(CreditRepository credit, CreditAssessor assessor) {
        this.credit = credit;
        this.assessor = assessor;
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public List<CreditOverview> latest(int offset, int limit) {
        return credit.assessedAccounts(Math.max(0, offset), Math.clamp(limit, 1, CreditService.MAX_PAGE)).stream()
                .map(assessor::stored)
                .toList();
    }

    /** A person's last stored assessment, for the agent answering them; empty when never assessed. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    @Transactional(readOnly = true)
    public Optional<CreditOverview> ofAccount(UUID accountId) {
        return credit.line(accountId).map(line -> assessor.stored(accountId));
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    @Transactional(readOnly = true)
    public int count() {
        return credit.countLines();
    }
}
