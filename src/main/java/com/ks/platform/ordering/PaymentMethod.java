package com.ks.platform.ordering;

/** The ways a checkout can be paid; the payment module provides one (sandbox) provider per external method. */
public enum PaymentMethod {
    WECHAT_PAY,
    ALIPAY,
    UNIONPAY,
    CARD,
    PAYPAL,
    /** 先用后付: the platform's credit line, settled inside the platform (no provider, no hosted page). */
    CREDIT;

    /** Paid through an outside provider (a hosted page and a signed notification); false for the platform's credit. */
    public boolean external() {
        return this != CREDIT;
    }

    /** The methods a credit bill can be repaid with (everything but credit itself). */
    public static java.util.List<PaymentMethod> externalMethods() {
        return java.util.Arrays.stream(values()).filter(PaymentMethod::external).toList();
    }

    public String messageKey() {
        return "payment.method." + name();
    }
}
