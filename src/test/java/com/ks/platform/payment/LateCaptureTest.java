package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Money the provider captured after the platform gave the payment up (failed, expired) is never lost and never pays
 * an order twice: settled when the checkout still owes it, otherwise refunded automatically, the ledger balanced.
 */
class LateCaptureTest extends PaymentTestSupport {

    /** The provider's signed statement that the charge ended with {@code outcome} (while it is still open there). */
    private void giveUp(PaymentDetails payment, String provider, String outcome) throws Exception {
        String body = sandbox.notificationOf(chargeOf(payment), Instant.now())
                .bodyText()
                .replace("\"PENDING\"", "\"" + outcome + "\"");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(notify(provider, sandbox.sign(provider, bytes, Instant.now()), body)
                        .statusCode())
                .isEqualTo(200);
        assertThat(statusOf(payment.id())).isEqualTo(PaymentStatus.valueOf(outcome));
    }

    /** The provider captures the charge after all and says so. */
    private String captureLate(PaymentDetails payment, String provider) throws Exception {
        sandbox.approveWithoutNotifying(chargeOf(payment));
        var signed = sandbox.notificationOf(chargeOf(payment), Instant.now());
        return notify(provider, signed.signature(), signed.bodyText()).body();
    }

    @Test
    void an_expired_payment_captured_late_pays_the_checkout_that_still_owes_it() throws Exception {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("迟到台灯", 12_900), 1);
        PaymentDetails payment = start(shopper, placed.checkoutId(), PaymentMethod.ALIPAY);
        giveUp(payment, "alipay", "EXPIRED");

        assertThat(captureLate(payment, "alipay")).contains("ACCEPTED");

        assertThat(statusOf(payment.id())).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PAID);
        assertThat(repository.transitions(payment.id()))
                .extracting(t -> t.getToStatus())
                .containsExactly("CREATED", "PENDING", "EXPIRED", "SUCCEEDED");
        // captured once and allocated once: the platform keeps only its commission on the order
        assertThat(ledger.balanceOfPayment(payment.id(), Ledger.PLATFORM))
                .isEqualTo(ledger.commissionCharged(placed.orderIds().getFirst()))
                .isPositive();
        assertThat(ledger.unbalancedMovements()).isZero();
    }

    @Test
    void a_failed_payment_captured_after_another_paid_the_checkout_is_refunded_and_pays_nothing_twice()
            throws Exception {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("重复台灯", 12_900), 1);
        PaymentDetails first = start(shopper, placed.checkoutId(), PaymentMethod.ALIPAY);
        giveUp(first, "alipay", "FAILED");
        PaymentDetails second = start(shopper, placed.checkoutId(), PaymentMethod.WECHAT_PAY);
        sandbox.approve(chargeOf(second));
        awaitStatus(second.id(), PaymentStatus.SUCCEEDED);

        assertThat(captureLate(first, "alipay")).contains("ACCEPTED");

        assertThat(statusOf(first.id())).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(repository.refunds(first.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.getAmountFen()).isEqualTo(12_900))
                .satisfies(r -> assertThat(r.getProviderRefundId()).isNotBlank());
        var accountId = repository.find(first.id()).orElseThrow().getAccountId();
        // captured and given back through the platform: nothing of it stays with anyone
        assertThat(ledger.balanceOfPayment(first.id(), Ledger.PLATFORM)).isZero();
        assertThat(ledger.balanceOfPayment(first.id(), Ledger.shopper(accountId)))
                .isZero();
        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(statusOf(second.id())).isEqualTo(PaymentStatus.SUCCEEDED);
        var order = as(shopper, () -> orders.myOrder(placed.orderIds().getFirst()));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.timeline()).filteredOn(e -> e.to() == OrderStatus.PAID).hasSize(1);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentReconciliation reconciliation;

    /**
     * Issue 21: a correctly signed success whose automatic refund the provider refused answered 422, was not recorded,
     * and left the payment PENDING while the provider had taken the money (providers treat 4xx as final).
     */
    @Test
    void a_capture_whose_refund_the_provider_refuses_is_accepted_kept_refunding_and_refunded_when_asked_again()
            throws Exception {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("拒退台灯", 12_900), 1);
        PaymentDetails first = start(shopper, placed.checkoutId(), PaymentMethod.ALIPAY);
        giveUp(first, "alipay", "FAILED");
        PaymentDetails second = start(shopper, placed.checkoutId(), PaymentMethod.WECHAT_PAY);
        sandbox.approve(chargeOf(second));
        awaitStatus(second.id(), PaymentStatus.SUCCEEDED);
        // the provider will refuse to refund this charge (it believes it refunded it already)
        jdbc.update("update payment_sandbox_charge set refunded_fen = amount_fen where id = ?", chargeOf(first));

        assertThat(captureLate(first, "alipay")).contains("ACCEPTED");

        assertThat(statusOf(first.id())).isEqualTo(PaymentStatus.REFUNDING);
        assertThat(repository.refunds(first.id())).isEmpty();
        assertThat(reconciliation.retryRefunds(Instant.now().plusSeconds(1)))
                .as("still refused")
                .isZero();
        assertThat(statusOf(first.id())).isEqualTo(PaymentStatus.REFUNDING);

        jdbc.update("update payment_sandbox_charge set refunded_fen = 0 where id = ?", chargeOf(first));
        reconciliation.retryRefunds(Instant.now().plusSeconds(1));

        assertThat(statusOf(first.id())).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(repository.refunds(first.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.getAmountFen()).isEqualTo(12_900));
        assertThat(ledger.balanceOfPayment(first.id(), Ledger.PLATFORM)).isZero();
        assertThat(ledger.unbalancedMovements()).isZero();
        assertThat(reconciliation.retryRefunds(Instant.now().plusSeconds(1)))
                .as("never refunded twice")
                .isZero();
    }
}
