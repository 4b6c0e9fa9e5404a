package com.ks.platform.intrusion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sources refused right now, asked on every request: an in-memory copy of the blocks in force, changed at once on
 * this node when it blocks or an admin lifts a block, and reloaded from the database every
 * {@code ks.intrusion.refresh-interval} (no ShedLock: every node needs its own copy) — so a block made on one node
 * holds on the others within that interval, and a request never waits for the database to be asked.
 */
@Component
public class BlockedSources {

    private static final Logger log = LoggerFactory.getLogger(BlockedSources.class);

    private final IntrusionRepository repository;
    private final Clock clock;
    private volatile Map<String, Instant> until = Map.of();

    BlockedSources(IntrusionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Until when the source is refused; empty when it is not. */
    public Optional<Instant> blockedUntil(String source) {
        if (source == null) {
            return Optional.empty();
        }
        Instant end = until.get(source);
        return end != null && end.isAfter(clock.instant()) ? Optional.of(end) : Optional.empty();
    }

    @Scheduled(
            initialDelayString = "${ks.intrusion.refresh-interval:PT15S}",
            fixedDelayString = "${ks.intrusion.refresh-interval:PT15S}")
    void refresh() {
        try {
            Map<String, Instant> loaded = new HashMap<>();
            repository
                    .activeBlocks(clock.instant())
                    .forEach(block ->
                            loaded.merge(block.source(), block.blockedUntil(), (a, b) -> a.isAfter(b) ? a : b));
            until = Map.copyOf(loaded);
        } catch (RuntimeException databaseAway) {
            // keep the last copy: the blocks known stay in force while the database is away
            log.warn("Blocked sources not reloaded: {}", databaseAway.getMessage());
        }
    }

    synchronized void put(String source, Instant end) {
        Map<String, Instant> next = new HashMap<>(until);
        next.merge(source, end, (a, b) -> a.isAfter(b) ? a : b);
        until = Map.copyOf(next);
    }

    synchronized void remove(String source) {
        Map<String, Instant> next = new HashMap<>(until);
        next.remove(source);
        until = Map.copyOf(next);
    }
}
