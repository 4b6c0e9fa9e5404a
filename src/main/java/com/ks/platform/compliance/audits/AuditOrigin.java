package com.ks.platform.compliance.audits;

/** Why the task exists: drawn in the risk-weighted sample, or opened because the merchant's grade fell. */
public enum AuditOrigin {
    SAMPLE,
    RATING_DROP;

    public String messageKey() {
        return "audit.origin." + name();
    }
}
