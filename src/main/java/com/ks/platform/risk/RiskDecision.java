package com.ks.platform.risk;

/** What risk control lets an attempt do: go on, go on after a second confirmation, or not at all. */
public enum RiskDecision {
    ALLOW,
    CHALLENGE,
    BLOCK;

    public String messageKey() {
        return "risk.decision." + name();
    }
}
