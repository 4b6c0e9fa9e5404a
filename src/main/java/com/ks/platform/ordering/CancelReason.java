package com.ks.platform.ordering;

/** Why a shopper cancels: a fixed list, so reasons can be counted. */
public enum CancelReason {
    NO_LONGER_NEEDED,
    WRONG_ADDRESS,
    WRONG_ITEM,
    FOUND_CHEAPER,
    OTHER;

    public String messageKey() {
        return "order.cancelReason." + name();
    }
}
