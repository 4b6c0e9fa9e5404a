package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.ordering.CancelReason;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import com.ks.platform.shared.RuleViolated;
import org.junit.jupiter.api.Test;

/** Missed notifications, refunds (full, partial, too large), cancellations and late payments — and the ledger. */
class PaymentRefundTest extends PaymentTestSupport {

    private record Paid(String shopper, PlacedCheckout placed, PaymentDetails payment) {}

    /** Paid with the given method; the notification is lost and reconciliation settles it. */
    private Paid paid(String title, long priceFen, PaymentMethod method) {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product(title, priceFen), 1);
        PaymentDetails payment = start(shopper, placed.checkoutId(), method);
        sandbox.approveWithoutNotifying(chargeOf(payment));
        assertThat(reconciliation.reconcile(payment.id())).isTrue();
        return new Paid(shopper, placed, payment);
    }

    @Test
    void reconciliation_settles_a_payment_whose_notification_was_missed() {
        Paid paid = paid("对账台灯", 12_900, PaymentMethod.UNIONPAY);

        assertThat(statusOf(paid.payment().id())).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(orderStatus(paid.shopper(), paid.placed().orderIds().getFirst()))
                .isEqualTo(OrderStatus.PAID);
        assertThat(reconciliation.reconcile(paid.payment().id())).isFalse();
        assertThat(repository.transitions(paid.payment().id()))
                .extracting(t -> t.getActor())
                .contains("reconciliation");
    }

    @Test
    void partial_and_full_refunds_go_through_the_provider_and_more_than_is_left_is_refused() {
        Paid paid = paid("退款台灯", 12_900, PaymentMethod.PAYPAL);
        var id = paid.payment().id();

        payments.refund(id, 2_000, "售后部分退款", "test-partial-" + id);
        payments.refund(id, 2_000, "售后部分退款", "test-partial-" + id);
        assertThat(statusOf(id)).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> payments.refund(id, 10_901, "too much", "test-too-much-" + id))
                .isInstanceOf(RuleViolated.class)
                .hasMessage("error.payment.refundTooLarge");
        assertThatThrownBy(() -> payments.refund(id, 0, "nothing", "test-zero-" + id))
                .isInstanceOf(RuleViolated.class);
        payments.refund(id, 10_900, "售后全额退款", "test-rest-" + id);

        assertThat(statusOf(id)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(repository.find(id).orElseThrow().getRefundedFen()).isEqualTo(12_900);
        assertThat(repository.refunds(id)).hasSize(2);
        assertThat(ledger.balanceOfPayment(
                        id, Ledger.shopper(repository.find(id).orElseThrow().getAccountId())))
                .isZero();
        assertThatThrownBy(() -> payments.refund(id, 1, "again", "test-again-" + id))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void cancelling_a_paid_order_refunds_it_through_the_provider() throws Exception {
        Paid paid = paid("取消台灯", 12_900, PaymentMethod.CARD);
        var orderId = paid.placed().orderIds().getFirst();

        as(paid.shopper(), () -> {
            ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED);
            return null;
        });

        awaitStatus(paid.payment().id(), PaymentStatus.REFUNDED);
        assertThat(repository.refunds(paid.payment().id()))
                .singleElement()
                .satisfies(r -> assertThat(r.getOrderId()).isEqualTo(orderId));
    }

    @Test
    void cancelling_a_paid_order_after_a_partial_refund_gives_back_only_the_rest() throws Exception {
        Paid paid = paid("部分退款后取消台灯", 12_900, PaymentMethod.ALIPAY);
        var orderId = paid.placed().orderIds().getFirst();
        payments.refundOrder(orderId, 2_900, "售后部分退款", "test-part-" + orderId);

        as(paid.shopper(), () -> {
            ordering.cancel(orderId, CancelReason.NO_LONGER_NEEDED);
            return null;
        });

        awaitStatus(paid.payment().id(), PaymentStatus.REFUNDED);
        assertThat(repository.refunds(paid.payment().id()))
                .extracting(r -> r.getAmountFen())
                .containsExactlyInAnyOrder(2_900L, 10_000L);
        assertThat(repository.find(paid.payment().id()).orElseThrow().getRefundedFen())
                .isEqualTo(12_900);
    }

    @Test
    void a_payment_arriving_after_the_order_was_cancelled_is_refunded_automatically() {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("迟到台灯", 12_900), 1);
        PaymentDetails payment = start(shopper, placed.checkoutId(), PaymentMethod.WECHAT_PAY);
        as(shopper, () -> {
            ordering.cancel(placed.orderIds().getFirst(), CancelReason.NO_LONGER_NEEDED);
            return null;
        });
        sandbox.approveWithoutNotifying(chargeOf(payment));

        assertThat(reconciliation.reconcile(payment.id())).isTrue();

        assertThat(statusOf(payment.id())).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(repository.refunds(payment.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo("REFUND_REQUIRED"));
    }

    /**
     * The whole ledger: every demo transaction the seeder made at start-up (payments, refunds, commission) and every
     * other test's so far, plus payments, refunds of a payment and of an order, and the commission given back here.
     */
    @Test
    void every_ledger_movement_balances_and_the_whole_ledger_sums_to_zero() {
        Paid kept = paid("账本台灯", 12_900, PaymentMethod.ALIPAY);
        Paid refunded = paid("账本退款台灯", 8_800, PaymentMethod.WECHAT_PAY);
        Paid orderRefunded = paid("账本订单退款台灯", 9_900, PaymentMethod.CARD);
        payments.refund(
                refunded.payment().id(),
                1_000,
                "部分退款",
                "ledger-" + refunded.payment().id());
        var order = orderRefunded.placed().orderIds().getFirst();
        payments.refundOrder(order, 4_950, "订单部分退款", "ledger-order-" + order);

        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(ledger.total()).isZero();
        // PHONE is DIGITAL (3%): the platform keeps its commission of a payment it allocated
        assertThat(ledger.balanceOfPayment(kept.payment().id(), Ledger.PLATFORM))
                .isEqualTo(387);
        assertThat(ledger.balanceOfPayment(refunded.payment().id(), Ledger.PLATFORM))
                .isEqualTo(264 - 1_000);
        // 297 charged, half of it (148.5 → 149) given back with half the order
        assertThat(ledger.balanceOfPayment(orderRefunded.payment().id(), Ledger.PLATFORM))
                .isEqualTo(297 - 149);
    }
}
