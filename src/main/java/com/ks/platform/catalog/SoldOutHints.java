package com.ks.platform.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's memory of SKUs just seen at zero stock, kept for a moment ({@code ks.catalog.sold-out-hint}, default
 * 0.5 s): during a flash sale the thousands of buyers arriving after the last unit are told "sold out" without
 * queueing for a database connection. Only a hint — the conditional update stays the truth: a hint can at worst
 * refuse a buyer for half a second after stock came back on another node; it never lets anyone buy what is not there.
 */
@Component
public class SoldOutHints {

    private static final int MAX_HINTS = 10_000;

    private final ConcurrentHashMap<UUID, Hint> hints = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    SoldOutHints(@Value("${ks.catalog.sold-out-hint:PT0.5S}") Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Remembers that the SKU (with this title, for the message) had no stock left. */
    public void markSoldOut(UUID skuId, String title) {
        if (lifetime.isZero() || lifetime.isNegative()) {
            return;
        }
        if (hints.size() >= MAX_HINTS) {
            hints.clear();
        }
        hints.put(skuId, new Hint(title, clock.instant().plus(lifetime)));
    }

    /** The SKU's title when it was seen sold out a moment ago; empty otherwise. */
    public Optional<String> soldOut(UUID skuId) {
        Hint hint = hints.get(skuId);
        if (hint == null) {
            return Optional.empty();
        }
        if (!hint.until().isAfter(clock.instant())) {
            hints.remove(skuId, hint);
            return Optional.empty();
        }
        return Optional.of(hint.title());
    }

    void clear(Collection<UUID> skuIds) {
        skuIds.forEach(hints::remove);
    }

    private record Hint(String title, Instant until) {}
}
