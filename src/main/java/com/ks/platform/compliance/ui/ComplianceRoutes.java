package com.ks.platform.compliance.ui;

/** Routes of the compliance console. */
final class ComplianceRoutes {

    static final String HOME = "compliance";
    static final String REVIEW = "compliance/review";
    static final String VIOLATIONS = "compliance/violations";
    static final String NEW_VIOLATION = "compliance/violations/new";
    static final String AUDIT_LOG = "compliance/audit-log";
    static final String RATINGS = "compliance/ratings";

    static String rating(java.util.UUID merchantId) {
        return RATINGS + "/" + merchantId;
    }

    static String newViolation(java.util.UUID merchantId) {
        return NEW_VIOLATION + "?merchant=" + merchantId;
    }

    private ComplianceRoutes() {}

    static String violation(java.util.UUID violationId) {
        return VIOLATIONS + "/" + violationId;
    }

    static String review(java.util.UUID merchantId) {
        return REVIEW + "/" + merchantId;
    }
}
