package com.ks.platform.merchant;

import java.time.Instant;
import java.util.UUID;

/** An officer working on a merchant's review until {@code expiresAt}; others see who and since when. */
public record ReviewClaim(UUID merchantId, UUID officerId, String officerLabel, Instant claimedAt, Instant expiresAt) {

    public boolean heldBy(UUID accountId, Instant now) {
        return officerId.equals(accountId) && expiresAt.isAfter(now);
    }
}
