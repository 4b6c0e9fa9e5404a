package com.ks.platform.identity;

import java.time.Instant;

/** One passkey of the signed-in person, as their security page lists it. */
public record PasskeySummary(String credentialId, String label, Instant createdAt, Instant lastUsedAt) {}
