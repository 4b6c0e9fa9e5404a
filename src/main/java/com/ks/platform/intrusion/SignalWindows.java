package com.ks.platform.intrusion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Recent signals per pattern and key (a source, or an account), in memory and per node: a cluster of n nodes may see
 * up to n × threshold signals before one of them detects — acceptable for patterns whose thresholds are tens, and the
 * block itself is shared through the database. Bounded like the rate limits: least recently used keys are forgotten.
 */
final class SignalWindows {

    private final Cache<String, Window> windows;

    SignalWindows(int maxKeys, Duration longestWindow) {
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(longestWindow)
                .build();
    }

    /**
     * Adds a signal and answers how many count within the window: distinct {@code values} when given (accounts tried,
     * addresses used), otherwise every signal.
     */
    int add(AttackPattern pattern, String key, Instant at, Duration within, String value) {
        return windows.get(pattern + "|" + key, unused -> new Window()).add(at, within, value);
    }

    /** Forgets the key's signals once they made an event, so the next event needs a whole new threshold. */
    void clear(AttackPattern pattern, String key) {
        windows.invalidate(pattern + "|" + key);
    }

    /** One key keeps at most this many signals: a flood of one kind costs no more memory than this. */
    private static final int MAX_SIGNALS = 1_000;

    private static final class Window {
        private final Deque<Signal> signals = new ArrayDeque<>();

        synchronized int add(Instant at, Duration within, String value) {
            Instant since = at.minus(within);
            while (!signals.isEmpty() && signals.peekFirst().at().isBefore(since)) {
                signals.removeFirst();
            }
            signals.addLast(new Signal(at, value));
            if (signals.size() > MAX_SIGNALS) {
                signals.removeFirst();
            }
            if (value == null) {
                return signals.size();
            }
            Set<String> distinct = new HashSet<>();
            signals.forEach(signal -> distinct.add(signal.value()));
            return distinct.size();
        }
    }

    private record Signal(Instant at, String value) {}
}
