package com.ks.platform.aftersales;

import java.util.List;

/**
 * What the shopper asks for: 仅退款 (money back, goods kept or never received), 退货退款 (goods back, then money), 换货
 * (goods back, the same item sent again) or 维修 (goods back, repaired and sent again); or 投诉, a complaint about the
 * merchant on an order, which the platform decides.
 */
public enum CaseType {
    REFUND_ONLY,
    RETURN_REFUND,
    EXCHANGE,
    REPAIR,
    /** 投诉: about the merchant or the service on a paid order; goes straight to the platform. */
    COMPLAINT;

    /** The reasons a shopper may give for this type. */
    public List<CaseReason> reasons() {
        return CaseReason.forType(this);
    }

    public boolean returnsGoods() {
        return this == RETURN_REFUND || this == EXCHANGE || this == REPAIR;
    }

    /** Ends with money back (the others end with goods sent back to the shopper). */
    public boolean refunds() {
        return this == REFUND_ONLY || this == RETURN_REFUND;
    }

    /** Holds its order line while open (one open case per line); a complaint is about the order and holds none. */
    public boolean holdsLine() {
        return this != COMPLAINT;
    }

    public String messageKey() {
        return "aftersales.type." + name();
    }
}
