package com.ks.platform.merchant;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An invitation as its invitee sees it. */
public record StaffInvitation(UUID id, String storeName, Set<StaffPermission> permissions, Instant expiresAt) {}
