package com.ks.platform.promotion.points;

import java.time.Instant;
import java.util.UUID;

/** One line of the shopper's points history: positive earned, negative spent, taken back or expired. */
public record PointsEntry(UUID id, PointsKind kind, long points, String note, Instant createdAt) {}
