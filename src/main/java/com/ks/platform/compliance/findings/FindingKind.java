package com.ks.platform.compliance.findings;

/** What the scan found: a term the Advertising Law art. 9 forbids, a prohibited-goods keyword, or an odd price. */
public enum FindingKind {
    AD_TERM,
    PROHIBITED,
    PRICE;

    public String messageKey() {
        return "finding.kind." + name();
    }
}
