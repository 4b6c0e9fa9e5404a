package com.ks.platform.compliance.findings;

/** A finding is only a proposal: an officer confirms it (a violation is recorded) or dismisses it. */
public enum FindingState {
    PROPOSED,
    CONFIRMED,
    DISMISSED;

    public String messageKey() {
        return "finding.state." + name();
    }
}
