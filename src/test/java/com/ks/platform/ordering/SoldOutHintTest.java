package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The node-local sold-out hint sheds a flash sale's late arrivals without touching idempotency or availability: a retry
 * of a placed checkout still answers its orders, and stock given back is for sale again at once.
 */
class SoldOutHintTest extends OneShopTestSupport {

    @Test
    void a_retry_of_a_checkout_placed_here_answers_its_orders_right_after_its_sku_sold_out() {
        var lastUnit = product(shop, 3_000, 1);
        PlaceOrder command = buyNow(shopper, line(lastUnit, 1));
        PlacedCheckout first = place(shopper, command);
        Shopper late = newShopper();
        assertThatThrownBy(() -> place(late, buyNow(late, line(lastUnit, 1))))
                .isInstanceOf(CheckoutRefused.class)
                .hasMessage("error.checkout.SOLD_OUT");

        PlacedCheckout retry = place(shopper, command);

        assertThat(retry.repeated()).isTrue();
        assertThat(retry.orderIds()).isEqualTo(first.orderIds());
    }

    @Test
    void stock_given_back_by_a_cancellation_is_for_sale_again_at_once() {
        var lastUnit = product(shop, 3_000, 1);
        var orderId = order(shopper, lastUnit, 1);
        Shopper late = newShopper();
        assertThatThrownBy(() -> order(late, lastUnit, 1)).isInstanceOf(CheckoutRefused.class);

        run(shopper.email(), () -> ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED));

        assertThat(order(late, lastUnit, 1)).isNotNull();
        assertThat(stockOf(lastUnit)).isZero();
    }
}
