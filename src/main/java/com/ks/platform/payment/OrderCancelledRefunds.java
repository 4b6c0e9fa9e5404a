package com.ks.platform.payment;

import com.ks.platform.ordering.OrderCancelled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A paid order that is cancelled gets its amount back through the provider that took it. Idempotent: the refund is
 * keyed by the order, so a re-delivered event refunds nothing twice.
 */
@Component
class OrderCancelledRefunds {

    private static final Logger log = LoggerFactory.getLogger(OrderCancelledRefunds.class);

    private final PaymentService payments;
    private final PaymentSettlement settlement;

    OrderCancelledRefunds(PaymentService payments, PaymentSettlement settlement) {
        this.payments = payments;
        this.settlement = settlement;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (!cancelled.wasPaid()) {
            return;
        }
        if (settlement.paymentOf(cancelled.orderId()).isEmpty()) {
            // paid before the payment module existed (demo or development payments): nothing of ours to give back
            log.info(
                    "Cancelled order {} was not paid through a provider ({})",
                    cancelled.orderId(),
                    cancelled.paymentRef());
            return;
        }
        payments.refundRestOfOrder(cancelled.orderId(), "ORDER_CANCELLED", "order-cancelled:" + cancelled.orderId());
    }
}
