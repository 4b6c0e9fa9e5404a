package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The order's state machine as the shopper meets it: cancelling before shipment gives the stock back, confirming
 * receipt completes a shipped order, any other move is refused, and every move is on the timeline with who and why.
 * Cancelling before shipment is the platform's own rule; the seven-day return without reason (Consumer Protection Law
 * art. 25) starts only at delivery and arrives with after-sales.
 */
class OrderLifecycleTest extends OneShopTestSupport {

    @Test
    void cancelling_a_pending_order_gives_the_stock_back_and_records_who_and_why() {
        UUID orderId = order(shopper, book, 3);
        assertThat(stockOf(book)).isEqualTo(7);

        run(shopper.email(), () -> ordering.cancel(orderId, CancelReason.WRONG_ADDRESS));

        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stockOf(book)).isEqualTo(10);
        assertThat(order.timeline())
                .extracting(
                        OrderDetails.Event::from,
                        OrderDetails.Event::to,
                        OrderDetails.Event::actorKind,
                        OrderDetails.Event::reason)
                .containsExactly(
                        tuple(null, OrderStatus.PENDING_PAYMENT, "SHOPPER", null),
                        tuple(OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED, "SHOPPER", "WRONG_ADDRESS"));
    }

    @Test
    void a_paid_order_can_still_be_cancelled_before_it_ships() {
        UUID orderId = order(shopper, book, 2);
        pay(shopper, orderId);

        run(shopper.email(), () -> ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED));

        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stockOf(book)).isEqualTo(10);
    }

    @Test
    void a_cancelled_order_cannot_be_cancelled_again_and_its_stock_is_given_back_once() {
        UUID orderId = order(shopper, book, 2);
        run(shopper.email(), () -> ordering.cancel(orderId, CancelReason.OTHER));

        assertRefused(shopper, () -> ordering.cancel(orderId, CancelReason.OTHER), "error.order.notCancellable");
        assertThat(stockOf(book)).isEqualTo(10);
    }

    @Test
    void a_cancellation_needs_a_reason() {
        UUID orderId = order(shopper, book, 1);

        assertRefused(shopper, () -> ordering.cancel(orderId, null), "error.order.cancelReason");
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void a_shipped_or_completed_order_can_no_longer_be_cancelled() {
        UUID shipped = shippedOrder(shop, shopper, book);
        UUID completed = shippedOrder(shop, shopper, book);
        run(shopper.email(), () -> ordering.confirmReceipt(completed));

        assertRefused(shopper, () -> ordering.cancel(shipped, CancelReason.OTHER), "error.order.notCancellable");
        assertRefused(shopper, () -> ordering.cancel(completed, CancelReason.OTHER), "error.order.notCancellable");
        assertThat(status(shopper, shipped)).isEqualTo(OrderStatus.SHIPPED);
        assertThat(status(shopper, completed)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(stockOf(book))
                .as("shipped goods do not come back into stock")
                .isEqualTo(8);
    }

    @Test
    void confirming_receipt_of_an_order_that_has_not_shipped_is_refused() {
        UUID pending = order(shopper, book, 1);
        UUID paid = order(shopper, book, 1);
        pay(shopper, paid);

        assertRefused(shopper, () -> ordering.confirmReceipt(pending), "error.order.notReceivable");
        assertRefused(shopper, () -> ordering.confirmReceipt(paid), "error.order.notReceivable");
        assertThat(status(shopper, pending)).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(status(shopper, paid)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void confirming_receipt_of_a_shipped_order_completes_it_through_delivered() {
        UUID orderId = shippedOrder(shop, shopper, book);

        run(shopper.email(), () -> ordering.confirmReceipt(orderId));

        OrderDetails order = details(shopper, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.timeline())
                .extracting(OrderDetails.Event::to, OrderDetails.Event::actorKind)
                .containsExactly(
                        tuple(OrderStatus.PENDING_PAYMENT, "SHOPPER"),
                        tuple(OrderStatus.PAID, "PAYMENT"),
                        tuple(OrderStatus.SHIPPED, "MERCHANT"),
                        tuple(OrderStatus.DELIVERED, "SHOPPER"),
                        tuple(OrderStatus.COMPLETED, "SHOPPER"));
        assertRefused(shopper, () -> ordering.confirmReceipt(orderId), "error.order.notReceivable");
    }

    @Test
    void an_unpaid_order_cannot_be_shipped() {
        UUID orderId = order(shopper, book, 1);

        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> ship(shop, orderId))
                .extracting(DomainException::messageKey)
                .isEqualTo("error.shipment.notShippable");
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void buying_again_puts_what_is_still_for_sale_back_in_the_cart() {
        ProductDetails tea = product(shop, 2_000, 10);
        UUID orderId = place(shopper, buyNow(shopper, line(book, 2), line(tea, 1)))
                .orderIds()
                .getFirst();
        testCatalog.setStock(sku(tea), 0);

        int added = as(shopper.email(), () -> ordering.buyAgain(orderId));

        assertThat(added).isEqualTo(1);
        assertThat(cartOf(shopper).shops())
                .flatExtracting(s -> s.lines())
                .extracting(l -> l.skuId(), l -> l.quantity())
                .containsExactly(tuple(sku(book), 2));
    }

    private void assertRefused(Shopper shopper, Runnable command, String messageKey) {
        assertThatExceptionOfType(RuleViolated.class)
                .isThrownBy(() -> run(shopper.email(), command))
                .extracting(DomainException::messageKey)
                .isEqualTo(messageKey);
    }
}
