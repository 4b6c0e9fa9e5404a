package com.ks.platform.compliance.audits;

/** Open until the officer records the result: passed, or a violation was recorded. */
public enum AuditTaskState {
    OPEN,
    PASSED,
    VIOLATION_OPENED;

    public String messageKey() {
        return "audit.state." + name();
    }
}
