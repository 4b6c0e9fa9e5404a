package com.ks.platform.risk;

import java.util.List;
import java.util.UUID;

/** Risk control's answer to one attempt: the decision, the reasons that scored, and the stored record's id. */
public record RiskAssessment(UUID id, RiskDecision decision, List<RiskReason> reasons) {

    /** Goes on when allowed; otherwise refuses with what the shopper (challenge) or nobody (block) can do. */
    public void requireAllowed() {
        if (decision != RiskDecision.ALLOW) {
            throw new RiskRefused(this);
        }
    }
}
