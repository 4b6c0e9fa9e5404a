package com.ks.platform.payment.sandbox;

import com.ks.platform.ordering.PaymentMethod;
import java.time.Instant;
import java.util.UUID;

/** A sandbox charge as its hosted page shows it. */
public record SandboxCharge(
        String id,
        String provider,
        PaymentMethod method,
        UUID merchantRef,
        UUID checkoutId,
        long amountFen,
        String currency,
        String status,
        Instant expiresAt,
        String cardLast4) {

    public boolean open() {
        return "PENDING".equals(status);
    }

    /** WeChat Pay, Alipay and UnionPay (云闪付) are paid by scanning a QR code; cards and PayPal by a form. */
    public boolean qr() {
        return method == PaymentMethod.WECHAT_PAY || method == PaymentMethod.ALIPAY || method == PaymentMethod.UNIONPAY;
    }
}
