package com.ks.platform.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the notifications each source (the sender's address) had refused for want of a valid signature, per minute;
 * past {@code ks.payment.max-refused-notifications-per-minute} the source is answered 429 and nothing of it is stored,
 * so an unauthenticated sender cannot grow the notification table. Per node, in memory and bounded: a signed
 * provider is never limited, and losing the counts on a restart costs at most one minute's allowance.
 */
@Component
public class NotificationGate {

    private static final Logger log = LoggerFactory.getLogger(NotificationGate.class);
    private static final int MAX_SOURCES = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong refusedTotal = new AtomicLong();

    private record Window(long minute, int refusals) {}

    NotificationGate(PaymentSettings settings, Clock clock) {
        this.perMinute = settings.maxRefusedNotificationsPerMinute();
        this.clock = clock;
    }

    /** Whether a notification from this source is looked at at all. */
    public boolean admits(String source) {
        Window window = windows.get(source);
        return window == null || window.minute() != minute() || window.refusals() < perMinute;
    }

    /** How long a limited source waits: until the next minute starts. */
    public Duration retryAfter() {
        return Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60);
    }

    void refused(String source) {
        if (windows.size() >= MAX_SOURCES) {
            // a flood from many addresses: forgetting everyone is bounded and errs on the side of looking again
            windows.clear();
        }
        long minute = minute();
        Window now = windows.merge(
                source,
                new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.refusals() + 1) : fresh);
        long total = refusedTotal.incrementAndGet();
        if (now.refusals() == perMinute) {
            log.warn(
                    "Notifications from {} are refused for the rest of this minute ({} refused in all)", source, total);
        }
    }

    /** Refused unsigned or badly signed notifications since start, all sources. */
    public long refusedTotal() {
        return refusedTotal.get();
    }

    void forgetAll() {
        windows.clear();
    }

    private long minute() {
        return clock.instant().getEpochSecond() / 60;
    }
}
