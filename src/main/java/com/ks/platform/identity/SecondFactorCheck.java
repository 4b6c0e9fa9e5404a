package com.ks.platform.identity;

import java.time.Duration;

/** The answer to a second-factor code: accepted, or why not (each has a message a person can act on). */
public record SecondFactorCheck(Outcome outcome, Duration retryAfter) {

    public enum Outcome {
        ACCEPTED,
        /** Not the current code (nor the one before or after), or not one of the recovery codes. */
        WRONG,
        /** A code that was accepted already: an authenticator code within its 30 seconds, a recovery code ever. */
        REUSED,
        /** Too many attempts: the sign-in throttle or the account lock refuses for {@link #retryAfter}. */
        THROTTLED,
        /** No authenticator app is enrolled for the account. */
        NOT_ENROLLED
    }

    static SecondFactorCheck of(Outcome outcome) {
        return new SecondFactorCheck(outcome, Duration.ZERO);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** Message key of a refusal, {@code mfa.error.<outcome>}; its argument is the minutes to wait. */
    public String messageKey() {
        return "mfa.error." + outcome.name().toLowerCase(java.util.Locale.ROOT);
    }

    public long waitMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
