package com.ks.platform.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** What the platform knows about an account, without its secrets. */
public record AccountDetails(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        AccountStatus status,
        Locale preferredLocale,
        Instant createdAt) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
