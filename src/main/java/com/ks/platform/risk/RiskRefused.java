package com.ks.platform.risk;

import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.UUID;

/**
 * An attempt risk control did not allow: a challenge (the shopper confirms with their password, then tries again with
 * the confirmation) or a block. The reasons stay with the assessment and the compliance alert, not in the message.
 */
public class RiskRefused extends RuleViolated {

    private final transient RiskAssessment assessment;

    RiskRefused(RiskAssessment assessment) {
        super(assessment.decision() == RiskDecision.CHALLENGE ? "error.risk.challenge" : "error.risk.blocked");
        this.assessment = assessment;
    }

    public boolean challenge() {
        return assessment.decision() == RiskDecision.CHALLENGE;
    }

    public UUID assessmentId() {
        return assessment.id();
    }

    public RiskDecision decision() {
        return assessment.decision();
    }

    public List<RiskReason> reasons() {
        return assessment.reasons();
    }
}
