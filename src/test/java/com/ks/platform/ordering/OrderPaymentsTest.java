package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.NotFound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the payment module reports once a payment is verified: one payment covers all orders of a checkout; a repeated
 * notification, a wrong amount or a payment after the order was cancelled changes nothing (the latter two are
 * refunded by the payment side). Paid lines count as sales in the catalog.
 */
class OrderPaymentsTest extends OrderingTestSupport {

    private Shopper shopper;
    private ProductDetails book;
    private ProductDetails tea;
    private PlacedCheckout placed;

    /** A checkout of two shops: 2 books at ¥30 (+¥10 shipping) and 1 tea at ¥120. */
    private void placeTwoShopCheckout() {
        book = product(newShop(), 3_000, 10);
        tea = product(newShop(), 12_000, 10);
        shopper = newShopper();
        placed = place(shopper, buyNow(shopper, line(book, 2), line(tea, 1)));
        assertThat(placed.totalFen()).isEqualTo(7_000L + 12_000L);
    }

    private List<OrderDetails> orders() {
        return placed.orderIds().stream().map(id -> details(shopper, id)).toList();
    }

    private int salesOf(ProductDetails product) {
        return catalog.product(product.id()).orElseThrow().salesCount();
    }

    @Test
    void paying_the_checkout_amount_marks_every_order_paid_and_counts_the_sales() {
        placeTwoShopCheckout();

        var outcome = payments.checkoutPaid(
                placed.checkoutId(), PaymentMethod.WECHAT_PAY, "WX-" + placed.checkoutId(), 19_000L);

        assertThat(outcome).isEqualTo(OrderPayments.Outcome.PAID);
        assertThat(orders()).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.WECHAT_PAY);
            assertThat(order.paidAt()).isNotNull();
            assertThat(order.timeline().getLast())
                    .extracting(OrderDetails.Event::from, OrderDetails.Event::to, OrderDetails.Event::actorKind)
                    .containsExactly(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, "PAYMENT");
        });
        assertThat(List.of(salesOf(book), salesOf(tea))).containsExactly(2, 1);
        assertThat(payments.amountDue(placed.checkoutId())).isZero();
        assertThat(as(shopper.email(), () -> queries.hasPaidOrder())).isTrue();
    }

    @Test
    void a_repeated_notification_of_the_same_payment_changes_nothing() {
        placeTwoShopCheckout();
        String ref = "ALI-" + placed.checkoutId();
        payments.checkoutPaid(placed.checkoutId(), PaymentMethod.ALIPAY, ref, 19_000L);
        List<Instant> paidAt = orders().stream().map(OrderDetails::paidAt).toList();

        var again = payments.checkoutPaid(placed.checkoutId(), PaymentMethod.ALIPAY, ref, 19_000L);

        assertThat(again).isEqualTo(OrderPayments.Outcome.ALREADY_PAID);
        assertThat(orders().stream().map(OrderDetails::paidAt).toList()).isEqualTo(paidAt);
        assertThat(orders())
                .allSatisfy(order -> assertThat(order.timeline())
                        .filteredOn(e -> e.to() == OrderStatus.PAID)
                        .hasSize(1));
        assertThat(List.of(salesOf(book), salesOf(tea)))
                .as("sales counted once")
                .containsExactly(2, 1);
    }

    @Test
    void a_second_payment_of_an_already_paid_checkout_is_to_be_refunded() {
        placeTwoShopCheckout();
        payments.checkoutPaid(placed.checkoutId(), PaymentMethod.ALIPAY, "ALI-1-" + placed.checkoutId(), 19_000L);

        var second = payments.checkoutPaid(
                placed.checkoutId(), PaymentMethod.UNIONPAY, "UP-2-" + placed.checkoutId(), 19_000L);

        assertThat(second).isEqualTo(OrderPayments.Outcome.REFUND_REQUIRED);
        assertThat(orders())
                .allSatisfy(order -> assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.ALIPAY));
        assertThat(List.of(salesOf(book), salesOf(tea))).containsExactly(2, 1);
    }

    @Test
    void a_payment_of_another_amount_changes_nothing() {
        placeTwoShopCheckout();

        var outcome = payments.checkoutPaid(placed.checkoutId(), PaymentMethod.ALIPAY, "ALI-x", 18_999L);

        assertThat(outcome).isEqualTo(OrderPayments.Outcome.AMOUNT_MISMATCH);
        assertThat(orders()).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(order.paidAt()).isNull();
        });
        assertThat(List.of(salesOf(book), salesOf(tea))).containsExactly(0, 0);
        assertThat(payments.amountDue(placed.checkoutId())).isEqualTo(19_000L);
    }

    @Test
    void a_payment_arriving_after_the_orders_timed_out_is_to_be_refunded_and_revives_nothing() {
        placeTwoShopCheckout();
        timeouts.cancelUnpaid(Instant.now().plus(Duration.ofMinutes(31)));

        var outcome = payments.checkoutPaid(placed.checkoutId(), PaymentMethod.ALIPAY, "ALI-late", 19_000L);

        assertThat(outcome).isEqualTo(OrderPayments.Outcome.REFUND_REQUIRED);
        assertThat(orders()).allSatisfy(order -> assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED));
        assertThat(List.of(stockOf(book), stockOf(tea))).containsExactly(10, 10);
        assertThat(List.of(salesOf(book), salesOf(tea))).containsExactly(0, 0);
    }

    @Test
    void a_shopper_who_cancelled_one_shops_order_can_still_pay_for_the_other() {
        placeTwoShopCheckout();
        run(shopper.email(), () -> ordering.cancel(placed.orderIds().getFirst(), CancelReason.FOUND_CHEAPER));
        long due = payments.amountDue(placed.checkoutId());
        assertThat(due).as("the tea order is still to pay").isEqualTo(12_000L);

        run(shopper.email(), () -> devPayments.payMyCheckout(placed.checkoutId(), PaymentMethod.ALIPAY));

        assertThat(orders()).extracting(OrderDetails::status).containsExactly(OrderStatus.CANCELLED, OrderStatus.PAID);
        assertThat(payments.amountDue(placed.checkoutId())).isZero();
    }

    @Test
    void the_sandbox_payment_works_for_the_owner_of_the_checkout_only() {
        placeTwoShopCheckout();
        Shopper stranger = newShopper();

        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> run(
                        stranger.email(), () -> devPayments.payMyCheckout(placed.checkoutId(), PaymentMethod.ALIPAY)));
        assertThat(orders()).allSatisfy(order -> assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT));

        run(shopper.email(), () -> devPayments.payMyCheckout(placed.checkoutId(), PaymentMethod.ALIPAY));
        assertThat(orders()).allSatisfy(order -> assertThat(order.status()).isEqualTo(OrderStatus.PAID));
        assertThat(as(
                        shopper.email(),
                        () -> queries.myCheckout(placed.checkoutId()).payable()))
                .isFalse();
    }
}
