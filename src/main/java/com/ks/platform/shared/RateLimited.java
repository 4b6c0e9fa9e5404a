package com.ks.platform.shared;

import java.time.Duration;

/**
 * Too many attempts of one kind from one client or for one account: the UI says when to try again, the API answers
 * 429 with {@code Retry-After}.
 */
public class RateLimited extends DomainException {

    private final RateLimit limit;
    private final Duration retryAfter;

    public RateLimited(RateLimit limit, Duration retryAfter) {
        super("error.rateLimited", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public RateLimit limit() {
        return limit;
    }

    /** Whole seconds until one more attempt is allowed (at least 1), as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
