package com.ks.platform.payment;

import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the notifications each source (the sender's address) had refused for want of a valid signature, in the shared
 * {@link RateLimits} ({@code ks.rate-limits.refused-notifications-per-source}); a source without allowance left is
 * answered 429 and nothing of it is stored, so an unauthenticated sender cannot grow the notification table. A signed
 * provider is never limited: only refusals take from the allowance.
 */
@Component
public class NotificationGate {

    private static final Logger log = LoggerFactory.getLogger(NotificationGate.class);

    private final RateLimits limits;
    private final AtomicLong refusedTotal = new AtomicLong();

    NotificationGate(RateLimits limits) {
        this.limits = limits;
    }

    /** Empty when a notification from this source is looked at; otherwise how long the source has to wait. */
    public Optional<Duration> refusal(String source) {
        return limits.wouldRefuse(RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE, source);
    }

    void refused(String source) {
        long total = refusedTotal.incrementAndGet();
        if (limits.tryAcquire(RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE, source)
                        .isEmpty()
                && limits.wouldRefuse(RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE, source)
                        .isPresent()) {
            log.warn("Notifications from {} are refused for a while ({} refused in all)", source, total);
        }
    }

    /** Refused unsigned or badly signed notifications since start, all sources. */
    public long refusedTotal() {
        return refusedTotal.get();
    }

    void forget(String source) {
        limits.reset(RateLimit.REFUSED_NOTIFICATIONS_PER_SOURCE, source);
    }
}
