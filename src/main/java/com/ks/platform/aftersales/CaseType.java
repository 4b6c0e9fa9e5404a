package com.ks.platform.aftersales;

import java.util.List;

/**
 * What the shopper asks for: 仅退款 (money back, goods kept or never received), 退货退款 (goods back, then money), 换货
 * (goods back, the same item sent again) or 维修 (goods back, repaired and sent again).
 */
public enum CaseType {
    REFUND_ONLY,
    RETURN_REFUND,
    EXCHANGE,
    REPAIR;

    /** The reasons a shopper may give for this type. */
    public List<CaseReason> reasons() {
        return CaseReason.forType(this);
    }

    public boolean returnsGoods() {
        return this != REFUND_ONLY;
    }

    /** Ends with money back (the others end with goods sent back to the shopper). */
    public boolean refunds() {
        return this == REFUND_ONLY || this == RETURN_REFUND;
    }

    public String messageKey() {
        return "aftersales.type." + name();
    }
}
