package com.ks.platform.ordering;

import java.time.Instant;
import java.util.UUID;

/** An order was completed (confirmed by its buyer or after the confirmation window): {@code totalFen} was paid. */
public record OrderCompleted(UUID orderId, UUID accountId, long totalFen, Instant completedAt) {}
