package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.payment.NotificationReceiver;
import com.ks.platform.payment.NotificationRefused.Verdict;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.sandbox.SandboxGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Verified notification handling: distinct payments, each approved at the sandbox without its notification, then one
 * signed SUCCEEDED notification per payment handled by 1, 8 and 32 threads — once over real HTTP to the running app
 * ({@code POST /api/v1/payments/notify/alipay}: Tomcat, the security chain, signature, row lock, capture, the orders
 * paid, ledger and commission) and once straight through {@link NotificationReceiver#receive} (the same work without
 * HTTP). Checks that every notification was accepted, every payment SUCCEEDED once, and the ledger balances.
 *
 * <p>Run with {@code ./mvnw -B -q -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.bench.NotificationThroughputBenchmark}. System properties: {@code
 * ks.bench.databases} (postgres,h2), {@code ks.bench.payments} (per thread count and path, 150), {@code
 * ks.bench.threads} (1,8,32), {@code ks.bench.pool}. Risk control's per-account velocity is lifted for the run (a
 * handful of shoppers pay hundreds of times); it is not what is measured. Exits 1 when a check fails, never on timing.
 */
public final class NotificationThroughputBenchmark {

    private static final int SHOPPERS = 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private NotificationThroughputBenchmark() {}

    public static void main(String[] args) {
        System.setProperty("ks.risk.max-attempts-per-account", "1000000");
        System.setProperty("ks.risk.max-attempts-per-ip", "1000000");
        System.setProperty("ks.payment.reconcile-after", "PT2H");
        BenchPlatform.exit(NotificationThroughputBenchmark::measure);
    }

    private record Signed(UUID paymentId, String signature, String body) {}

    private record Round(String path, int threads, int count, double seconds, long[] nanos, int accepted) {}

    private static boolean measure() throws Exception {
        int payments = Integer.getInteger("ks.bench.payments", 150);
        List<Integer> threadCounts = List.of(
                        System.getProperty("ks.bench.threads", "1,8,32").split(","))
                .stream()
                .map(Integer::parseInt)
                .toList();
        boolean ok = true;
        System.out.println("machine: " + BenchPlatform.machine());
        for (String database : BenchPlatform.databases()) {
            try (BenchPlatform platform = BenchPlatform.start(database, "notify")) {
                platform.printHeader();
                TestMerchants.Created merchant = platform.tradingMerchant();
                List<BenchPlatform.Shopper> shoppers = platform.shoppers(SHOPPERS);
                ProductDetails lamp = platform.product(merchant, "通知台灯", 5, 1_000_000, 12_900);
                UUID sku = lamp.skus().getFirst().id();
                run(platform, shoppers, sku, 50, 8, "http");
                run(platform, shoppers, sku, 50, 8, "direct");
                List<Round> rounds = new ArrayList<>();
                int expected = 100;
                for (String path : List.of("http", "direct")) {
                    for (int threads : threadCounts) {
                        rounds.add(run(platform, shoppers, sku, payments, threads, path));
                        expected += payments;
                    }
                }
                System.out.println("| path | threads | notifications | total s | per s | p50 ms | p99 ms | accepted |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                for (Round r : rounds) {
                    System.out.printf(
                            "| %s | %d | %d | %.2f | %.0f | %.1f | %.1f | %d |%n",
                            r.path(),
                            r.threads(),
                            r.count(),
                            r.seconds(),
                            r.count() / r.seconds(),
                            BenchPlatform.percentile(r.nanos(), 0.50),
                            BenchPlatform.percentile(r.nanos(), 0.99),
                            r.accepted());
                    ok &= r.accepted() == r.count();
                }
                ok &= check(platform, expected);
            }
        }
        System.out.println(ok ? "correctness checks passed" : "CORRECTNESS CHECK FAILED");
        return ok;
    }

    /** Opens {@code count} payments (each its own order), approves them silently, then sends their notifications. */
    private static Round run(
            BenchPlatform platform, List<BenchPlatform.Shopper> shoppers, UUID sku, int count, int threads, String path)
            throws Exception {
        List<Signed> signed = prepare(platform, shoppers, sku, count);
        String base = "http://127.0.0.1:" + platform.context.getEnvironment().getProperty("local.server.port");
        NotificationReceiver receiver = platform.bean(NotificationReceiver.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (Signed s : signed) {
                answers.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    boolean accepted = path.equals("http")
                            ? overHttp(base, s).statusCode() == 200
                            : receiver.receive("alipay", s.signature(), s.body().getBytes()) == Verdict.ACCEPTED;
                    return new long[] {System.nanoTime() - t0, accepted ? 1 : 0};
                }));
            }
            List<Long> nanos = new ArrayList<>();
            int accepted = 0;
            for (Future<long[]> answer : answers) {
                long[] result = answer.get();
                nanos.add(result[0]);
                accepted += (int) result[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Round(path, threads, count, seconds, BenchPlatform.sorted(nanos), accepted);
        } finally {
            pool.shutdown();
        }
    }

    private static HttpResponse<String> overHttp(String base, Signed s) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/payments/notify/alipay"))
                        .header("Content-Type", "application/json")
                        .header("Ks-Signature", s.signature())
                        .POST(HttpRequest.BodyPublishers.ofString(s.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Places and opens the payments (not timed) and signs their notifications just before the round. */
    private static List<Signed> prepare(
            BenchPlatform platform, List<BenchPlatform.Shopper> shoppers, UUID sku, int count) {
        OrderingService ordering = platform.bean(OrderingService.class);
        PaymentService payments = platform.bean(PaymentService.class);
        SandboxGateway sandbox = platform.bean(SandboxGateway.class);
        List<PaymentDetails> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BenchPlatform.Shopper shopper = shoppers.get(i % shoppers.size());
            opened.add(BenchPlatform.asActor(shopper.accountId(), shopper.email(), EnumSet.of(Role.SHOPPER), () -> {
                var placed = ordering.place(new PlaceOrder(
                        UUID.randomUUID(),
                        CheckoutOrigin.BUY_NOW,
                        List.of(new PlaceOrder.Item(sku, 1, 12_900L)),
                        shopper.addressId(),
                        DeliveryOption.STANDARD,
                        PaymentMethod.ALIPAY));
                return payments.start(placed.checkoutId(), PaymentMethod.ALIPAY);
            }));
        }
        List<Signed> signed = new ArrayList<>();
        for (PaymentDetails payment : opened) {
            String charge = payment.hostedPageUrl().substring("sandbox-pay/".length());
            sandbox.approveWithoutNotifying(charge);
            var notification = sandbox.notificationOf(charge, Instant.now());
            signed.add(new Signed(payment.id(), notification.signature(), notification.bodyText()));
        }
        Collections.shuffle(signed);
        return signed;
    }

    private static boolean check(BenchPlatform platform, int expected) {
        JdbcTemplate sql = new JdbcTemplate(platform.dataSource());
        Integer succeeded =
                sql.queryForObject("select count(*) from payment_payment where status = 'SUCCEEDED'", Integer.class);
        Integer captures = sql.queryForObject(
                "select count(distinct movement_id) from payment_ledger_entry where kind = 'CAPTURE'", Integer.class);
        Integer unbalanced = sql.queryForObject(
                "select count(*) from (select movement_id from payment_ledger_entry group by movement_id"
                        + " having sum(amount_fen) <> 0) m",
                Integer.class);
        System.out.printf(
                "payments succeeded %d of %d, captures %d, unbalanced movements %d%n",
                succeeded, expected, captures, unbalanced);
        return succeeded == expected && captures == expected && unbalanced == 0;
    }
}
