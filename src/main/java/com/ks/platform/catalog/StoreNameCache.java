package com.ks.platform.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Store names by merchant for a minute: every cart view, quote and order placement needs them and they change rarely
 * (a renamed store shows its new name within a minute; an order snapshots the name it was placed under).
 */
@Component
class StoreNameCache {

    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final int MAX = 10_000;

    private final Map<UUID, Entry> names = new ConcurrentHashMap<>();
    private final Clock clock;

    StoreNameCache(Clock clock) {
        this.clock = clock;
    }

    Map<UUID, String> of(Collection<UUID> merchantIds, Function<Collection<UUID>, Map<UUID, String>> load) {
        Instant now = clock.instant();
        Map<UUID, String> found = new HashMap<>();
        Set<UUID> missing = merchantIds.stream()
                .filter(id -> {
                    Entry entry = names.get(id);
                    if (entry != null && entry.until().isAfter(now)) {
                        found.put(id, entry.name());
                        return false;
                    }
                    return true;
                })
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            if (names.size() >= MAX) {
                names.clear();
            }
            load.apply(missing).forEach((id, name) -> {
                names.put(id, new Entry(name, now.plus(FRESH)));
                found.put(id, name);
            });
        }
        return found;
    }

    private record Entry(String name, Instant until) {}
}
