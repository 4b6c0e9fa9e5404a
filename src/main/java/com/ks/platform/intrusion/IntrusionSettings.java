package com.ks.platform.intrusion;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.intrusion.*}: for each pattern how many signals within which window make a security event, how long a
 * source stays blocked, and the sources never blocked (events are still recorded for them).
 *
 * <p>The source is the client address as the servlet container sees it ({@code getRemoteAddr()}); it honours
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy=native} and the peer is one of
 * {@code server.tomcat.remoteip.internal-proxies} — the same address the rate limits count. Default: not trusted.
 */
@ConfigurationProperties("ks.intrusion")
public record IntrusionSettings(
        Duration blockDuration,
        List<String> neverBlocked,
        Threshold failedSignIns,
        Threshold authorizationFailures,
        Threshold injectionInputs,
        Threshold unknownPaths,
        Threshold manyAddresses,
        Duration refreshInterval,
        int maxTrackedSources) {

    /** {@code count} signals (distinct accounts or addresses where the pattern says so) within {@code window}. */
    public record Threshold(int count, Duration window) {
        public Threshold {
            if (count < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("an intrusion threshold needs a count ≥ 1 and a positive window");
            }
        }
    }

    public IntrusionSettings {
        blockDuration = blockDuration == null ? Duration.ofMinutes(30) : blockDuration;
        if (blockDuration.isNegative() || blockDuration.isZero()) {
            throw new IllegalArgumentException("ks.intrusion.block-duration must be positive");
        }
        // fail2ban's default too: the host itself (a reverse proxy on the same machine whose forwarded header is not
        // trusted would otherwise get everybody blocked at once)
        neverBlocked =
                neverBlocked == null ? List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1") : List.copyOf(neverBlocked);
        failedSignIns = orDefault(failedSignIns, 10, Duration.ofMinutes(10));
        authorizationFailures = orDefault(authorizationFailures, 20, Duration.ofMinutes(10));
        injectionInputs = orDefault(injectionInputs, 5, Duration.ofMinutes(10));
        unknownPaths = orDefault(unknownPaths, 30, Duration.ofMinutes(5));
        manyAddresses = orDefault(manyAddresses, 5, Duration.ofHours(1));
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(15) : refreshInterval;
        maxTrackedSources = maxTrackedSources <= 0 ? 100_000 : maxTrackedSources;
    }

    Threshold threshold(AttackPattern pattern) {
        return switch (pattern) {
            case FAILED_SIGN_INS -> failedSignIns;
            case AUTHORIZATION_FAILURES -> authorizationFailures;
            case INJECTION_INPUT -> injectionInputs;
            case UNKNOWN_PATHS -> unknownPaths;
            case MANY_ADDRESSES -> manyAddresses;
        };
    }

    Duration longestWindow() {
        return java.util.stream.Stream.of(AttackPattern.values())
                .map(pattern -> threshold(pattern).window())
                .max(Duration::compareTo)
                .orElseThrow();
    }

    private static Threshold orDefault(Threshold threshold, int count, Duration window) {
        return threshold == null ? new Threshold(count, window) : threshold;
    }
}
