package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlacedCheckout;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signed notifications over real HTTP: only a fresh, well-signed, matching one changes anything, and only once. */
class PaymentNotificationTest extends PaymentTestSupport {

    @Autowired
    NotificationGate gate;

    private record Paying(String shopper, PlacedCheckout placed, PaymentDetails payment, String charge) {}

    /** A placed order with an open Alipay payment that the sandbox has approved without notifying yet. */
    private Paying approvedSilently(String title) {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product(title, 12_900), 1);
        PaymentDetails payment = start(shopper, placed.checkoutId(), PaymentMethod.ALIPAY);
        sandbox.approveWithoutNotifying(chargeOf(payment));
        return new Paying(shopper, placed, payment, chargeOf(payment));
    }

    private List<String> verdicts(Paying paying) {
        return repository.notifications(paying.payment().id());
    }

    @Test
    void a_good_notification_settles_the_payment_and_pays_the_order() throws Exception {
        Paying paying = approvedSilently("通知台灯");
        var signed = sandbox.notificationOf(paying.charge(), Instant.now());

        HttpResponse<String> answer = notify("alipay", signed.signature(), signed.bodyText());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(statusOf(paying.payment().id())).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(orderStatus(paying.shopper(), paying.placed().orderIds().getFirst()))
                .isEqualTo(OrderStatus.PAID);
        assertThat(verdicts(paying)).containsExactly("ACCEPTED");
    }

    @Test
    void bad_tampered_stale_replayed_and_malformed_notifications_are_refused_recorded_and_change_nothing()
            throws Exception {
        Paying paying = approvedSilently("拒收台灯");
        var signed = sandbox.notificationOf(paying.charge(), Instant.now());
        String body = signed.bodyText();

        assertThat(notify("alipay", signed.signature().replaceAll("v1=..", "v1=00"), body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(notify("alipay", null, body).statusCode()).isEqualTo(401);
        assertThat(notify("alipay", signed.signature(), body.replace("12900", "1"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(notify("wechat", signed.signature(), body).statusCode()).isEqualTo(401);
        var stale = sandbox.notificationOf(paying.charge(), Instant.now().minus(Duration.ofMinutes(6)));
        assertThat(notify("alipay", stale.signature(), stale.bodyText()).statusCode())
                .isEqualTo(401);
        byte[] malformed = "{\"eventId\":".getBytes(StandardCharsets.UTF_8);
        assertThat(notify("alipay", sandbox.sign("alipay", malformed, Instant.now()), "{\"eventId\":")
                        .statusCode())
                .isEqualTo(400);
        assertThat(statusOf(paying.payment().id())).isEqualTo(PaymentStatus.PENDING);
        assertThat(orderStatus(paying.shopper(), paying.placed().orderIds().getFirst()))
                .isEqualTo(OrderStatus.PENDING_PAYMENT);

        assertThat(notify("alipay", signed.signature(), body).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = notify("alipay", signed.signature(), body);

        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(repository.transitions(paying.payment().id()))
                .extracting(t -> t.getToStatus())
                .containsExactly("CREATED", "PENDING", "SUCCEEDED");
        // the accepted one and its replay are kept whole; the five without a valid signature only as a summary
        assertThat(repository.notificationsMentioning(paying.charge())).isEqualTo(2);
    }

    @Test
    void an_unsigned_notification_is_kept_only_as_a_summary_and_a_sender_refused_too_often_is_limited()
            throws Exception {
        String marker = "flood-" + UUID.randomUUID();
        String body = "{\"eventId\":\"" + marker + "\",\"pad\":\"" + "x".repeat(10_000) + "\"}";
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(notify("alipay", "t=1,v1=00", body).statusCode()).isEqualTo(401);
            assertThat(repository.notificationsMentioning(marker)).isZero();
            assertThat(repository.notificationsMentioning(hash)).isEqualTo(1);

            // two limits' worth and one more: whichever minute they fall in, one minute sees more than its limit. Sent
            // on
            // connections of their own, so the flood leaves the shared client's pool as it was for other tests.
            List<HttpResponse<String>> answers = new ArrayList<>();
            try (HttpClient flood = HttpClient.newHttpClient()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/payments/notify/alipay"))
                        .header("Content-Type", "application/json")
                        .header("Ks-Signature", "t=1,v1=00")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                for (int i = 0; i < 61; i++) {
                    answers.add(flood.send(request, HttpResponse.BodyHandlers.ofString()));
                }
            }

            HttpResponse<String> limited = answers.getLast();
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(limited.body()).contains("urn:ks:problem:rate-limited");
            assertThat(repository.notificationsMentioning(hash)).isLessThanOrEqualTo(60);
        } finally {
            gate.forget("127.0.0.1");
        }
    }

    @Test
    void a_notification_of_another_amount_currency_or_checkout_is_refused_as_a_mismatch() throws Exception {
        Paying paying = approvedSilently("错额台灯");
        String body = sandbox.notificationOf(paying.charge(), Instant.now()).bodyText();

        for (String forged : List.of(
                body.replace("\"amountFen\":12900", "\"amountFen\":100"),
                body.replace("\"CNY\"", "\"USD\""),
                body.replace(
                        paying.placed().checkoutId().toString(),
                        java.util.UUID.randomUUID().toString()))) {
            byte[] bytes = forged.getBytes(StandardCharsets.UTF_8);
            assertThat(notify("alipay", sandbox.sign("alipay", bytes, Instant.now()), forged)
                            .statusCode())
                    .isEqualTo(422);
        }

        assertThat(statusOf(paying.payment().id())).isEqualTo(PaymentStatus.PENDING);
        assertThat(verdicts(paying)).containsExactly("MISMATCH", "MISMATCH", "MISMATCH");
    }

    @Test
    void a_thousand_copies_of_one_notification_at_once_change_the_payment_once_and_pay_the_order_once()
            throws Exception {
        Paying paying = approvedSilently("并发台灯");
        var signed = sandbox.notificationOf(paying.charge(), Instant.now());
        int copies = 1_000;
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return notify("alipay", signed.signature(), signed.bodyText()).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdownNow();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(repository.transitions(paying.payment().id()))
                .filteredOn(t -> t.getToStatus().equals("SUCCEEDED"))
                .hasSize(1);
        // captured and allocated once: the platform keeps only its commission on the one order, charged once
        assertThat(ledger.balanceOfPayment(paying.payment().id(), Ledger.PLATFORM))
                .isEqualTo(ledger.commissionCharged(paying.placed().orderIds().getFirst()))
                .isEqualTo(387);
        var order = as(
                paying.shopper(),
                () -> orders.myOrder(paying.placed().orderIds().getFirst()));
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.timeline()).filteredOn(e -> e.to() == OrderStatus.PAID).hasSize(1);
    }

    @Test
    void a_failure_after_success_changes_nothing() throws Exception {
        String shopper = newShopper();
        PlacedCheckout placed = place(shopper, product("乱序台灯", 12_900), 1);
        PaymentDetails payment = start(shopper, placed.checkoutId(), PaymentMethod.WECHAT_PAY);
        String failedBody = sandbox.notificationOf(chargeOf(payment), Instant.now())
                .bodyText()
                .replace("\"PENDING\"", "\"FAILED\"");
        sandbox.approve(chargeOf(payment));
        awaitStatus(payment.id(), PaymentStatus.SUCCEEDED);

        byte[] bytes = failedBody.getBytes(StandardCharsets.UTF_8);
        var late = notify("wechat", sandbox.sign("wechat", bytes, Instant.now()), failedBody);

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("IGNORED");
        assertThat(statusOf(payment.id())).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(orderStatus(shopper, placed.orderIds().getFirst())).isEqualTo(OrderStatus.PAID);
    }
}
