package com.ks.platform.risk;

/** Why an attempt scored: one per rule (weights in {@code ks.risk.weights}). */
public enum RiskReason {
    VELOCITY_ACCOUNT,
    VELOCITY_DEVICE,
    VELOCITY_IP,
    AMOUNT_ABOVE_HISTORY,
    NEW_ACCOUNT_LARGE_ORDER,
    REPEATED_FAILURES,
    REGION_MISMATCH;

    public String messageKey() {
        return "risk.reason." + name();
    }
}
