package com.ks.platform.compliance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One component of the merchant credit rating, implemented by the module that owns its data (modules above compliance
 * implement it as they implement the ui kit's interfaces). Empty when the source has nothing to say about this
 * merchant yet (no reviews): it is then left out and the other weights count.
 */
public interface RatingSource {

    /** Stable name, also the key of its weight ({@code ks.compliance.rating.weights.<key>}) and its label. */
    String key();

    /** The value as a person reads it (e.g. "4.6 / 5", "2") and its points, 0–100. */
    Optional<Measure> measure(UUID merchantId, Instant now);

    record Measure(String value, int points) {
        public Measure {
            points = Math.max(0, Math.min(100, points));
        }
    }
}
