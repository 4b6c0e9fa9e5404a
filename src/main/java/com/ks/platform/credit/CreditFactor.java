package com.ks.platform.credit;

/**
 * One factor of a credit assessment: what was observed (a number, or numbers joined by "/") and the points it gave.
 * Shown to the shopper and to compliance as it was used (PIPL art. 24: an automated decision is explained).
 */
public record CreditFactor(Code code, String observed, int points) {

    public enum Code {
        /** Days since the account was opened. */
        ACCOUNT_AGE,
        /** Paid orders not cancelled. */
        KEPT_ORDERS,
        /** Their amount in fen. */
        PAID_AMOUNT,
        /** Paid orders cancelled afterwards / paid orders. */
        REFUND_RATE,
        /** Bills paid on time / bills paid late / bills overdue now. */
        REPAYMENT;

        public String messageKey() {
            return "credit.factor." + name();
        }
    }
}
