package com.ks.platform.merchant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A row of the owner's staff page: an invitation still open or a member. */
public record StaffMember(
        UUID id,
        String email,
        String displayName,
        Set<StaffPermission> permissions,
        StaffStatus status,
        Instant invitedAt,
        Instant expiresAt,
        Instant acceptedAt) {}
