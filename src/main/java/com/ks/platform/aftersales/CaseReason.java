package com.ks.platform.aftersales;

import java.util.Arrays;
import java.util.List;

/**
 * Why the shopper asks, per type. A no-reason return is the shopper's choice and the shopper pays the return shipping;
 * for a quality problem, a wrong or damaged item the merchant pays it (Consumer Protection Law art. 24 and 25).
 */
public enum CaseReason {
    /** Before shipment: nothing to send back. */
    NOT_WANTED_BEFORE_SHIPMENT(CaseType.REFUND_ONLY, false),
    /** Shipped but never arrived. */
    NOT_RECEIVED(CaseType.REFUND_ONLY, true),
    /** Art. 25: 7 days from delivery, no reason needed. */
    NO_REASON(CaseType.RETURN_REFUND, false),
    QUALITY_PROBLEM(CaseType.RETURN_REFUND, true),
    WRONG_ITEM(CaseType.RETURN_REFUND, true),
    DAMAGED_IN_TRANSIT(CaseType.RETURN_REFUND, true),
    /** 三包: a faulty item is exchanged within the exchange period. */
    EXCHANGE_FAULTY(CaseType.EXCHANGE, true),
    EXCHANGE_WRONG_ITEM(CaseType.EXCHANGE, true),
    /** 三包: a faulty item is repaired within the repair period. */
    REPAIR_FAULTY(CaseType.REPAIR, true),
    /** 投诉 reasons: 商家态度差, 虚假宣传, 发货慢/不发货, 商品与描述不符, 其他. */
    COMPLAINT_ATTITUDE(CaseType.COMPLAINT, false),
    COMPLAINT_FALSE_ADVERTISING(CaseType.COMPLAINT, false),
    COMPLAINT_SLOW_SHIPPING(CaseType.COMPLAINT, false),
    COMPLAINT_NOT_AS_DESCRIBED(CaseType.COMPLAINT, false),
    COMPLAINT_OTHER(CaseType.COMPLAINT, false);

    private final CaseType type;
    private final boolean merchantAtFault;

    CaseReason(CaseType type, boolean merchantAtFault) {
        this.type = type;
        this.merchantAtFault = merchantAtFault;
    }

    public CaseType type() {
        return type;
    }

    /** The merchant pays the return shipping (and the no-reason window does not apply). */
    public boolean merchantAtFault() {
        return merchantAtFault;
    }

    static List<CaseReason> forType(CaseType type) {
        return Arrays.stream(values()).filter(r -> r.type == type).toList();
    }

    /** Who pays to send the goods back: the shopper for a no-reason return, the merchant for a fault or mistake. */
    public boolean shopperPaysReturn() {
        return this == NO_REASON;
    }

    public String messageKey() {
        return "aftersales.reason." + name();
    }
}
