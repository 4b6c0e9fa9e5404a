package com.ks.platform.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one rate-limit facility: a token bucket (Bucket4j) per {@link RateLimit} and key (a client address, an account,
 * an e-mail address), refilled evenly over the limit's period, so a client that waits gets attempts back one by one
 * rather than all at the end of a window.
 *
 * <p>Per node: buckets live in this JVM, in a Caffeine cache bounded by {@code max-keys} per limit and forgetting a key
 * once its bucket would be full again. Behind a load balancer each node allows the configured rate, so the cluster
 * allows up to nodes × rate; docs/DECISIONS.md says how the buckets would move to a shared store.
 */
@Component
public class RateLimits {

    private final RateLimitSettings settings;
    private final TimeMeter time;
    private final Map<RateLimit, Cache<String, Bucket>> buckets = new EnumMap<>(RateLimit.class);

    public RateLimits(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTime(clock);
        for (RateLimit limit : RateLimit.values()) {
            buckets.put(
                    limit,
                    Caffeine.newBuilder()
                            .maximumSize(settings.maxKeys())
                            // an untouched bucket is full again after its period: forgetting it changes nothing
                            .expireAfterAccess(settings.rule(limit).period())
                            .build());
        }
    }

    /**
     * Takes one attempt from the key's allowance.
     *
     * @return empty when allowed; otherwise how long until the next attempt would be
     */
    public Optional<Duration> tryAcquire(RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /**
     * What a key has left, for the {@code RateLimit-*} response headers: the allowance, the attempts left, and how long
     * until the allowance is whole again; {@code refusedFor} is set when this attempt was refused.
     */
    public record Allowance(long limit, long remaining, Duration untilFull, Optional<Duration> refusedFor) {}

    /** Takes one attempt like {@link #tryAcquire}, and says what is left. */
    public Allowance take(RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return new Allowance(
                settings.rule(limit).capacity(),
                probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill())));
    }

    /** What a key has left, taking nothing. */
    public Allowance peek(RateLimit limit, String key) {
        RateLimitSettings.Rule rule = settings.rule(limit);
        Bucket bucket = bucket(limit, key);
        long available = Math.max(0, bucket.getAvailableTokens());
        var probe = bucket.estimateAbilityToConsume(1);
        long missing = rule.capacity() - available;
        return new Allowance(
                rule.capacity(),
                available,
                rule.period().multipliedBy(missing).dividedBy(rule.capacity()),
                probe.canBeConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill())));
    }

    /** Takes one attempt, or refuses with {@link RateLimited} when the key has none left. */
    public void acquire(RateLimit limit, String key) {
        tryAcquire(limit, key).ifPresent(wait -> {
            throw new RateLimited(limit, wait);
        });
    }

    /**
     * Takes one attempt for the client address of the request being served. Outside a request (a job, a test calling
     * the service directly) there is no client to count against, and nothing is taken.
     */
    public void acquireForClient(RateLimit limit) {
        clientAddress().ifPresent(address -> acquire(limit, address));
    }

    /** Whether the key has an attempt left, without taking it. */
    public Optional<Duration> wouldRefuse(RateLimit limit, String key) {
        var probe = bucket(limit, key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /** Gives the key its whole allowance back (an operator lifting a limit; tests after draining one). */
    public void reset(RateLimit limit, String key) {
        buckets.get(limit).invalidate(key);
    }

    public RateLimitSettings.Rule rule(RateLimit limit) {
        return settings.rule(limit);
    }

    /**
     * The address of the client of the current request: the connection's peer, or — behind a proxy — what Spring
     * Boot's {@code server.forward-headers-strategy} trusts (Tomcat's RemoteIpValve). No header parsing of our own.
     */
    public static Optional<String> clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }

    private Bucket bucket(RateLimit limit, String key) {
        RateLimitSettings.Rule rule = settings.rule(limit);
        return buckets.get(limit)
                .get(
                        key,
                        unused -> Bucket.builder()
                                .addLimit(bandwidth -> bandwidth
                                        .capacity(rule.capacity())
                                        .refillGreedy(rule.capacity(), rule.period()))
                                .withCustomTimePrecision(time)
                                .build());
    }

    private static Duration waitOf(long nanos) {
        return Duration.ofNanos(Math.max(nanos, 1));
    }

    /** The injected clock as Bucket4j's time source, so tests can move time. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
