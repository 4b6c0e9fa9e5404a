package com.ks.platform.community;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Reported content as the admins' queue shows it: what it is, who wrote it, all it says, where it is shown, how often and
 * why it was reported.
 */
public record ReportedItem(
        ItemKind kind,
        UUID id,
        Author author,
        String body,
        String route,
        int reports,
        Map<ReportReason, Integer> reasons,
        String latestNote,
        Instant firstReportedAt) {}
