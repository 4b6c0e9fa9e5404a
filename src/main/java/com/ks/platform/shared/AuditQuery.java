package com.ks.platform.shared;

import java.time.Instant;

/**
 * A search of the audit trail; every part optional. {@code actor}: part of the actor's label; {@code action}: the
 * start of the action ("violation." finds every violation step); {@code objectType}/{@code objectId}: exact; the
 * period is [{@code from}, {@code to}).
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
