package com.ks.platform.aftersales;

import java.util.List;

/** What the shopper asks for: 仅退款 (money back, goods kept or never received) or 退货退款 (goods back, then money). */
public enum CaseType {
    REFUND_ONLY,
    RETURN_REFUND;

    /** The reasons a shopper may give for this type. */
    public List<CaseReason> reasons() {
        return CaseReason.forType(this);
    }

    public boolean returnsGoods() {
        return this == RETURN_REFUND;
    }

    public String messageKey() {
        return "aftersales.type." + name();
    }
}
