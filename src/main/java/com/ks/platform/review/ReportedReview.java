package com.ks.platform.review;

import java.time.Instant;
import java.util.Map;

/** A review with open reports, as the officers' queue shows it: the review, how often and why it was reported. */
public record ReportedReview(
        ReviewDetails review,
        int reports,
        Map<ReportReason, Integer> reasons,
        String latestNote,
        Instant firstReportedAt) {}
