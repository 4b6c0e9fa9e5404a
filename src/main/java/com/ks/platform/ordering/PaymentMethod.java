package com.ks.platform.ordering;

/** The ways a checkout can be paid; the payment module provides one (sandbox) provider per method. */
public enum PaymentMethod {
    WECHAT_PAY,
    ALIPAY,
    UNIONPAY,
    CARD,
    PAYPAL;

    public String messageKey() {
        return "payment.method." + name();
    }
}
