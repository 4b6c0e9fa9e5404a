package com.ks.platform.payment.sandbox;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentProvider;
import java.time.Instant;
import java.util.Map;

/** A built-in sandbox for one method: behaves like the real provider (hosted page, signed notification, query, refund). */
final class SandboxProvider implements PaymentProvider {

    static final Map<PaymentMethod, String> IDS = Map.of(
            PaymentMethod.WECHAT_PAY, "wechat",
            PaymentMethod.ALIPAY, "alipay",
            PaymentMethod.UNIONPAY, "unionpay",
            PaymentMethod.CARD, "card",
            PaymentMethod.PAYPAL, "paypal");

    private final PaymentMethod method;
    private final SandboxGateway gateway;

    SandboxProvider(PaymentMethod method, SandboxGateway gateway) {
        this.method = method;
        this.gateway = gateway;
    }

    static PaymentMethod methodOf(String id) {
        return IDS.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public String id() {
        return IDS.get(method);
    }

    @Override
    public PaymentMethod method() {
        return method;
    }

    @Override
    public boolean sandbox() {
        return true;
    }

    @Override
    public Opened open(NewCharge charge) {
        return gateway.open(id(), charge);
    }

    @Override
    public Notification verify(String signatureHeader, byte[] body, Instant now) {
        return gateway.verify(id(), signatureHeader, body, now);
    }

    @Override
    public Notification query(String providerPaymentId) {
        return gateway.query(providerPaymentId);
    }

    @Override
    public String refund(String providerPaymentId, String refundRef, long amountFen) {
        return gateway.refund(providerPaymentId, amountFen);
    }
}
