package com.ks.platform.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One account as an administrator sees it: e-mail and name masked (PIPL art. 51, the least that serves the task), the
 * state an administrator acts on, and how many sessions are open on this node.
 */
public record AccountAdminDetails(
        UUID id,
        String maskedEmail,
        String maskedName,
        Set<Role> roles,
        AccountStatus status,
        int failedLogins,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant createdAt,
        int openSessions) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
