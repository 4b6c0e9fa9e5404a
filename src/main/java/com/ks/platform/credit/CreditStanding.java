package com.ks.platform.credit;

/** Why a shopper has the limit they have. */
public enum CreditStanding {
    /** No paid order yet: no limit until the shopper has bought something. */
    NO_HISTORY,
    /** A young account with few orders: the small starter limit. */
    STARTER,
    /** The limit of the score's tier. */
    SCORED;

    public String messageKey() {
        return "credit.standing." + name();
    }
}
