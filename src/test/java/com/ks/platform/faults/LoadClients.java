package com.ks.platform.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API clients as integrators are told to write them: each places an order under a new {@code Idempotency-Key}, then
 * starts paying it under another, and retries an unanswered call — no connection, a 503, a 409 "in progress" — with
 * the same key, after the server's {@code Retry-After}, until it has an answer. A client never abandons a key: when
 * the load stops it finishes the call in hand.
 */
final class LoadClients {

    record Shopper(UUID accountId, String token, UUID addressId) {}

    /** An order the platform acknowledged (201, or 200 for a retry that found it). */
    record Placed(String key, UUID accountId, UUID checkoutId, List<UUID> orderIds, UUID skuId) {}

    /** A payment the platform opened at the sandbox provider for a checkout. */
    record Paying(UUID paymentId, UUID checkoutId, String chargeId, long amountFen) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A call unanswered this long (retries included) is a stuck request, as the issue saw for minutes. */
    private static final long GIVE_UP_MILLIS = 120_000;

    private final Answers answers;
    private final String baseUrl;
    private final List<Shopper> shoppers;
    private final List<UUID> skus;
    private final Provider provider;
    private final String run;
    private final AtomicInteger sequence = new AtomicInteger();

    final List<Placed> placed = new CopyOnWriteArrayList<>();
    final List<String> soldOut = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();

    private volatile boolean stopping;
    private final List<Thread> threads = new ArrayList<>();

    LoadClients(
            Answers answers, String baseUrl, List<Shopper> shoppers, List<UUID> skus, Provider provider, String run) {
        this.answers = answers;
        this.baseUrl = baseUrl;
        this.shoppers = shoppers;
        this.skus = skus;
        this.provider = provider;
        this.run = run;
    }

    void start() {
        for (int i = 0; i < shoppers.size(); i++) {
            Shopper shopper = shoppers.get(i);
            threads.add(Thread.ofPlatform().name("client-" + run + "-" + i).start(() -> loop(shopper)));
        }
    }

    /** Stops starting new orders and waits until every client has its answer for the call in hand. */
    void stopAndAwait() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(GIVE_UP_MILLIS * 2 + 10_000);
            if (thread.isAlive()) {
                failures.add(thread.getName() + " still waiting for an answer");
            }
        }
    }

    /** After a failed scenario: stops the clients at once, so they do not load the next one. */
    void abort() throws InterruptedException {
        stopping = true;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    private void loop(Shopper shopper) {
        while (!stopping) {
            int n = sequence.incrementAndGet();
            UUID sku = skus.get(n % skus.size());
            String key = run + "-order-" + n;
            String body = """
                    {"items":[{"skuId":"%s","quantity":1}],"addressId":"%s","delivery":"STANDARD","paymentMethod":"ALIPAY"}
                    """.formatted(sku, shopper.addressId());
            Answers.Answer answer = untilAnswered("POST", "/api/v1/orders", shopper.token(), body, key);
            if (answer == null) {
                return;
            }
            if (answer.status() == 422 && answer.body().contains("error.checkout.SOLD_OUT")) {
                soldOut.add(key);
                continue;
            }
            if (!answer.ok()) {
                failures.add(key + ": placing answered " + answer.status() + " " + answer.body());
                continue;
            }
            JsonNode order = JSON.readTree(answer.body());
            UUID checkoutId = UUID.fromString(order.get("checkoutId").asString());
            List<UUID> orderIds = new ArrayList<>();
            order.get("orderIds").forEach(id -> orderIds.add(UUID.fromString(id.asString())));
            placed.add(new Placed(key, shopper.accountId(), checkoutId, orderIds, sku));

            Answers.Answer paying = untilAnswered(
                    "POST",
                    "/api/v1/payments",
                    shopper.token(),
                    "{\"checkoutId\":\"" + checkoutId + "\",\"method\":\"ALIPAY\"}",
                    run + "-pay-" + n);
            if (paying == null) {
                return;
            }
            if (!paying.ok()) {
                failures.add(key + ": paying answered " + paying.status() + " " + paying.body());
                continue;
            }
            JsonNode payment = JSON.readTree(paying.body());
            String page = payment.get("hostedPageUrl").asString();
            provider.opened(new Paying(
                    UUID.fromString(payment.get("id").asString()),
                    checkoutId,
                    page.substring(page.lastIndexOf('/') + 1),
                    payment.get("amountFen").asLong()));
        }
    }

    /** The call, repeated with the same key while it has no answer; null (and a failure) after giving up. */
    private Answers.Answer untilAnswered(String method, String path, String token, String body, String key) {
        long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Answers.Answer answer = answers.send(method, baseUrl + path, token, body, Map.of("Idempotency-Key", key));
            if (!answer.retry()) {
                return answer;
            }
            try {
                Thread.sleep(answer.pauseMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        failures.add(key + ": no answer within " + GIVE_UP_MILLIS / 1000 + " s");
        return null;
    }
}
