package com.ks.platform.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One computation of a merchant's credit rating: score 0–100, grade A–E, and the components it was made of. */
public record Rating(UUID merchantId, Instant computedAt, int score, String grade, List<Component> components) {

    /** A counted source: its value, its weight and the points it gave. */
    public record Component(String source, String value, int weight, int points) {}
}
