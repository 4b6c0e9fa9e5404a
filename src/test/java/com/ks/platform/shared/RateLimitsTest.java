package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The token buckets themselves, on a clock the test moves: allowance, refill, separate keys, the wait it reports. */
class RateLimitsTest {

    private final MovableClock clock = new MovableClock();
    // 3 sign-ins per account per minute, everything else at its default
    private final RateLimits limits = new RateLimits(
            new RateLimitSettings(
                    null,
                    new RateLimitSettings.Rule(3, Duration.ofMinutes(1)),
                    new RateLimitSettings.Rule(2, Duration.ofHours(1)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0),
            clock);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_key_makes_its_allowance_then_waits_and_gets_attempts_back_one_by_one() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "a@test.ks"))
                    .isEmpty();
        }
        var wait = limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "a@test.ks");
        assertThat(wait).isPresent();
        // three per minute, refilled evenly: the next one after 20 s, not at the end of the minute
        assertThat(wait.get()).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "a@test.ks"))
                .isEmpty();
        assertThat(limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "a@test.ks"))
                .isPresent();
    }

    @Test
    void keys_and_limits_are_counted_apart() {
        for (int attempt = 0; attempt < 3; attempt++) {
            limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "a@test.ks");
        }
        assertThat(limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "b@test.ks"))
                .isEmpty();
        assertThat(limits.tryAcquire(RateLimit.REGISTRATION_PER_ADDRESS, "a@test.ks"))
                .isEmpty();
    }

    @Test
    void a_refusal_says_how_long_to_wait_in_whole_seconds_and_minutes() {
        limits.acquire(RateLimit.REGISTRATION_PER_ADDRESS, "203.0.113.9");
        limits.acquire(RateLimit.REGISTRATION_PER_ADDRESS, "203.0.113.9");

        assertThatThrownBy(() -> limits.acquire(RateLimit.REGISTRATION_PER_ADDRESS, "203.0.113.9"))
                .isInstanceOfSatisfying(RateLimited.class, limited -> {
                    assertThat(limited.limit()).isEqualTo(RateLimit.REGISTRATION_PER_ADDRESS);
                    // two an hour: the next one in 30 minutes
                    assertThat(limited.retryAfterSeconds()).isBetween(1799L, 1800L);
                    assertThat(limited.messageKey()).isEqualTo("error.rateLimited");
                    assertThat(limited.arguments()).containsExactly(30L);
                });
    }

    @Test
    void looking_whether_a_key_would_be_refused_takes_nothing() {
        for (int look = 0; look < 10; look++) {
            assertThat(limits.wouldRefuse(RateLimit.SIGN_IN_PER_ACCOUNT, "c@test.ks"))
                    .isEmpty();
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(limits.tryAcquire(RateLimit.SIGN_IN_PER_ACCOUNT, "c@test.ks"))
                    .isEmpty();
        }
        assertThat(limits.wouldRefuse(RateLimit.SIGN_IN_PER_ACCOUNT, "c@test.ks"))
                .isPresent();
        limits.reset(RateLimit.SIGN_IN_PER_ACCOUNT, "c@test.ks");
        assertThat(limits.wouldRefuse(RateLimit.SIGN_IN_PER_ACCOUNT, "c@test.ks"))
                .isEmpty();
    }

    @Test
    void the_client_address_counts_inside_a_request_and_nothing_is_taken_outside_one() {
        for (int attempt = 0; attempt < 5; attempt++) {
            limits.acquireForClient(RateLimit.REGISTRATION_PER_ADDRESS);
        }
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        limits.acquireForClient(RateLimit.REGISTRATION_PER_ADDRESS);
        limits.acquireForClient(RateLimit.REGISTRATION_PER_ADDRESS);

        assertThatThrownBy(() -> limits.acquireForClient(RateLimit.REGISTRATION_PER_ADDRESS))
                .isInstanceOf(RateLimited.class);
        assertThat(limits.wouldRefuse(RateLimit.REGISTRATION_PER_ADDRESS, "198.51.100.4"))
                .isPresent();
    }

    @Test
    void an_allowance_without_attempts_or_time_is_refused_at_start_up() {
        assertThatThrownBy(() -> new RateLimitSettings.Rule(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitSettings.Rule(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
