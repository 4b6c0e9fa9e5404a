package com.ks.platform.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A placed checkout as the payment page shows it: its orders, what is still due and until when. */
public record CheckoutSummary(
        UUID checkoutId,
        List<OrderSummary> orders,
        long amountDueFen,
        Instant payDeadline,
        PaymentMethod paymentMethod) {

    public boolean payable() {
        return amountDueFen > 0;
    }
}
