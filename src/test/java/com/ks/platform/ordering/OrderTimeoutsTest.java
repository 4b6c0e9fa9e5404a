package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The timeout job, called with explicit times (the clock is real): unpaid orders are cancelled 30 minutes after
 * placement and their stock is released; delivered orders complete 7 days after delivery without a confirmation.
 */
class OrderTimeoutsTest extends OneShopTestSupport {

    @Test
    void an_unpaid_order_is_cancelled_once_its_payment_deadline_passes_and_its_stock_goes_back() {
        UUID orderId = order(shopper, book, 4);

        timeouts.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(29)));
        assertThat(status(shopper, orderId)).as("still within the 30 minutes").isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(stockOf(book)).isEqualTo(6);

        timeouts.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(31)));
        int again = timeouts.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(32)));

        assertThat(again).as("a second run finds nothing left to cancel").isZero();
        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.timeline().getLast())
                .extracting(OrderDetails.Event::from, OrderDetails.Event::actorKind, OrderDetails.Event::reason)
                .containsExactly(OrderStatus.PENDING_PAYMENT, "SYSTEM", "PAYMENT_TIMEOUT");
        assertThat(order.timeline())
                .filteredOn(e -> e.to() == OrderStatus.CANCELLED)
                .hasSize(1);
        assertThat(stockOf(book)).as("released once").isEqualTo(10);
    }

    @Test
    void a_paid_order_is_left_alone_by_the_payment_timeout() {
        UUID orderId = order(shopper, book, 2);
        pay(shopper, orderId);

        timeouts.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(31)));

        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PAID);
        assertThat(stockOf(book)).isEqualTo(8);
    }

    @Test
    void a_delivered_order_completes_by_itself_seven_days_after_delivery() {
        UUID orderId = shippedOrder(shop, shopper, book);
        carrierFeed.advance(Instant.now().plus(Duration.ofHours(1)));
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.DELIVERED);

        timeouts.completeDelivered(Instant.now().plus(Duration.ofDays(6)));
        assertThat(status(shopper, orderId))
                .as("the shopper still has time to confirm")
                .isEqualTo(OrderStatus.DELIVERED);

        timeouts.completeDelivered(Instant.now().plus(Duration.ofDays(8)));

        assertThat(details(shopper, orderId).timeline().getLast())
                .extracting(
                        OrderDetails.Event::from,
                        OrderDetails.Event::to,
                        OrderDetails.Event::actorKind,
                        OrderDetails.Event::reason)
                .containsExactly(OrderStatus.DELIVERED, OrderStatus.COMPLETED, "SYSTEM", "AUTO_COMPLETED");
        assertThat(timeouts.completeDelivered(Instant.now().plus(Duration.ofDays(9))))
                .isZero();
    }
}
