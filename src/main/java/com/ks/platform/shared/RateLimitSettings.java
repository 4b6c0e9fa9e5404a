package com.ks.platform.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.rate-limits.*}: for each {@link RateLimit} how many attempts a key may make at once ({@code capacity}) and
 * in how long that allowance refills ({@code period}); {@code max-keys} bounds how many keys each limit remembers.
 */
@ConfigurationProperties("ks.rate-limits")
public record RateLimitSettings(
        Rule signInPerAddress,
        Rule signInPerAccount,
        Rule registrationPerAddress,
        Rule registrationPerAccount,
        Rule passwordResetPerAddress,
        Rule passwordResetPerAccount,
        Rule apiPublicPerClient,
        Rule apiPerAccount,
        Rule refusedNotificationsPerSource,
        int maxKeys) {

    /** {@code capacity} attempts, refilled evenly over {@code period}. */
    public record Rule(long capacity, Duration period) {
        public Rule {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a capacity ≥ 1 and a positive period");
            }
        }
    }

    public RateLimitSettings {
        signInPerAddress = orDefault(signInPerAddress, 30, Duration.ofMinutes(5));
        signInPerAccount = orDefault(signInPerAccount, 10, Duration.ofMinutes(5));
        registrationPerAddress = orDefault(registrationPerAddress, 10, Duration.ofHours(1));
        registrationPerAccount = orDefault(registrationPerAccount, 5, Duration.ofHours(1));
        passwordResetPerAddress = orDefault(passwordResetPerAddress, 10, Duration.ofHours(1));
        passwordResetPerAccount = orDefault(passwordResetPerAccount, 5, Duration.ofHours(1));
        apiPublicPerClient = orDefault(apiPublicPerClient, 300, Duration.ofMinutes(1));
        apiPerAccount = orDefault(apiPerAccount, 600, Duration.ofMinutes(1));
        refusedNotificationsPerSource = orDefault(refusedNotificationsPerSource, 30, Duration.ofMinutes(1));
        maxKeys = maxKeys <= 0 ? 100_000 : maxKeys;
    }

    public Rule rule(RateLimit limit) {
        return switch (limit) {
            case SIGN_IN_PER_ADDRESS -> signInPerAddress;
            case SIGN_IN_PER_ACCOUNT -> signInPerAccount;
            case REGISTRATION_PER_ADDRESS -> registrationPerAddress;
            case REGISTRATION_PER_ACCOUNT -> registrationPerAccount;
            case PASSWORD_RESET_PER_ADDRESS -> passwordResetPerAddress;
            case PASSWORD_RESET_PER_ACCOUNT -> passwordResetPerAccount;
            case API_PUBLIC_PER_CLIENT -> apiPublicPerClient;
            case API_PER_ACCOUNT -> apiPerAccount;
            case REFUSED_NOTIFICATIONS_PER_SOURCE -> refusedNotificationsPerSource;
        };
    }

    private static Rule orDefault(Rule rule, long capacity, Duration period) {
        return rule == null ? new Rule(capacity, period) : rule;
    }
}
