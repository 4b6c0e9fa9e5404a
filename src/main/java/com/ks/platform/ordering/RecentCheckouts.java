package com.ks.platform.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Checkouts this node placed in the last ten minutes, so that a retry of one of them is never turned away by a
 * sold-out hint: it goes to the database and answers its orders. Bounded; node-local by design.
 */
@Component
class RecentCheckouts {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX = 50_000;

    private final ConcurrentHashMap<UUID, Instant> placed = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentCheckouts(Clock clock) {
        this.clock = clock;
    }

    void placed(UUID checkoutId) {
        Instant now = clock.instant();
        if (placed.size() >= MAX) {
            placed.values().removeIf(at -> at.isBefore(now.minus(KEEP)));
            if (placed.size() >= MAX) {
                placed.clear();
            }
        }
        placed.put(checkoutId, now);
    }

    boolean placedHere(UUID checkoutId) {
        Instant at = placed.get(checkoutId);
        return at != null && at.isAfter(clock.instant().minus(KEEP));
    }
}
