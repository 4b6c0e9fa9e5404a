package com.ks.platform.payment;

/** A notification that is not acted on; its verdict is recorded with the raw notification. */
public class NotificationRefused extends RuntimeException {

    private final Verdict verdict;

    public NotificationRefused(Verdict verdict, String detail) {
        super(detail);
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** What the platform decided about a notification, and the HTTP status the provider is answered with. */
    public enum Verdict {
        ACCEPTED(200),
        IGNORED(200),
        BAD_SIGNATURE(401),
        STALE(401),
        MALFORMED(400),
        UNKNOWN_PROVIDER(404),
        UNKNOWN_PAYMENT(404),
        MISMATCH(422),
        REPLAYED(409);

        private final int httpStatus;

        Verdict(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }
}
