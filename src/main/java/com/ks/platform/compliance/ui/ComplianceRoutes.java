package com.ks.platform.compliance.ui;

/** Routes of the compliance console. */
final class ComplianceRoutes {

    static final String HOME = "compliance";
    static final String REVIEW = "compliance/review";
    static final String VIOLATIONS = "compliance/violations";
    static final String NEW_VIOLATION = "compliance/violations/new";
    static final String AUDIT_LOG = "compliance/audit-log";
    static final String RATINGS = "compliance/ratings";
    static final String FINDINGS = "compliance/findings";
    static final String AUDITS = "compliance/audits";
    static final String EXPORTS = "compliance/exports";

    static String audit(java.util.UUID taskId) {
        return AUDITS + "/" + taskId;
    }

    static String fromFinding(java.util.UUID findingId) {
        return NEW_VIOLATION + "?finding=" + findingId;
    }

    static String fromAudit(java.util.UUID taskId) {
        return NEW_VIOLATION + "?audit=" + taskId;
    }

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
