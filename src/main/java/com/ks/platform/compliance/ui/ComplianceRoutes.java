package com.ks.platform.compliance.ui;

/** Routes of the compliance console. */
final class ComplianceRoutes {

    static final String HOME = "compliance";
    static final String REVIEW = "compliance/review";

    private ComplianceRoutes() {}

    static String review(java.util.UUID merchantId) {
        return REVIEW + "/" + merchantId;
    }
}
