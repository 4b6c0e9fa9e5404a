package com.ks.platform.risk;

import java.util.UUID;

/** One attempt to pay a checkout, as the payment module describes it before opening anything at a provider. */
public record PaymentAttempt(
        UUID accountId, UUID checkoutId, UUID paymentId, long amountFen, String method, ClientContext client) {

    public PaymentAttempt {
        client = client == null ? ClientContext.NONE : client;
    }
}
