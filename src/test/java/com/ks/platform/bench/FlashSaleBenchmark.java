package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.StockReservations;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.CheckoutQuote;
import com.ks.platform.ordering.CheckoutRefused;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.shared.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A flash sale (秒杀): one SKU with stock 1 000, 10 000 purchase attempts of quantity 1 by 200 shoppers (each attempt
 * its own checkout id), submitted all at once to a pool of 200 platform threads that call {@link OrderingService#place}.
 * Checks that exactly 1 000 orders exist, the stock is 0 and never negative, and that every other attempt was refused as
 * sold out ({@link CheckoutRefused} with SOLD_OUT, or {@link StockReservations.SoldOut} when the quote still saw stock
 * but the conditional update lost the race) — any other outcome is a failure.
 *
 * <p>Run with {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.FlashSaleBenchmark}.
 * System properties: {@code ks.bench.databases} (postgres,h2), {@code ks.bench.attempts} (10000), {@code
 * ks.bench.stock} (1000), {@code ks.bench.threads} (200), {@code ks.bench.pool} (connection pool; else
 * KS_DB_POOL_SIZE, else 10). Exits 1 when a correctness check fails — never because of a timing.
 */
public final class FlashSaleBenchmark {

    private static final int SHOPPERS = 200;

    private FlashSaleBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(() -> measure());
    }

    private static boolean measure() throws Exception {
        List<String> databases =
                List.of(System.getProperty("ks.bench.databases", "postgres,h2").split(","));
        int attempts = Integer.getInteger("ks.bench.attempts", 10_000);
        int stock = Integer.getInteger("ks.bench.stock", 1_000);
        int threads = Integer.getInteger("ks.bench.threads", 200);
        boolean ok = true;
        System.out.println("machine: " + BenchPlatform.machine());
        for (String database : databases) {
            try (BenchPlatform platform = BenchPlatform.start(database, "flash")) {
                platform.printHeader();
                TestMerchants.Created merchant = platform.tradingMerchant();
                List<BenchPlatform.Shopper> shoppers = platform.shoppers(SHOPPERS);
                // a warm-up product, so the JIT and the pool are warm when the sale opens
                ProductDetails warm = platform.product(merchant, "预热商品", 5, 1_000_000, 1_990);
                sale(platform, shoppers, warm.skus().getFirst().id(), 2_000, threads, "warm-up");
                ProductDetails phone = platform.product(merchant, "秒杀手机", 1, stock, 99_900);
                UUID sku = phone.skus().getFirst().id();
                Outcome outcome = sale(platform, shoppers, sku, attempts, threads, "sale");
                ok &= outcome.check(platform, sku, phone.id(), stock, attempts);
            }
        }
        System.out.println(ok ? "correctness checks passed" : "CORRECTNESS CHECK FAILED");
        return ok;
    }

    private record Outcome(
            String label,
            int placed,
            Map<String, Integer> refusals,
            Map<String, Integer> failures,
            long[] sorted,
            double seconds) {

        boolean check(BenchPlatform platform, UUID sku, UUID productId, int stock, int attempts) {
            JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
            long orders = jdbc.queryForObject(
                    "select count(distinct l.order_id) from ordering_order_line l where l.sku_id = ?", Long.class, sku);
            long quantity = jdbc.queryForObject(
                    "select coalesce(sum(quantity), 0) from ordering_order_line where sku_id = ?", Long.class, sku);
            int left = jdbc.queryForObject("select stock from catalog_sku where id = ?", Integer.class, sku);
            int productStock = jdbc.queryForObject(
                    "select total_stock from catalog_product where id = ?", Integer.class, productId);
            long negative = jdbc.queryForObject("select count(*) from catalog_sku where stock < 0", Long.class);
            int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
            boolean ok = orders == stock
                    && quantity == stock
                    && placed == stock
                    && left == 0
                    && productStock == 0
                    && negative == 0
                    && failures.isEmpty()
                    && placed + refused == attempts;
            System.out.printf(
                    "check %s: %d orders (%d units) in the database for %d placements, SKU stock %d, product total stock"
                            + " %d, SKUs below zero %d, refusals %s, other failures %s -> %s%n",
                    platform.kind,
                    orders,
                    quantity,
                    placed,
                    left,
                    productStock,
                    negative,
                    refusals,
                    failures,
                    ok ? "OK" : "FAILED");
            return ok;
        }
    }

    private static Outcome sale(
            BenchPlatform platform,
            List<BenchPlatform.Shopper> shoppers,
            UUID sku,
            int attempts,
            int threads,
            String label)
            throws InterruptedException {
        OrderingService ordering = platform.bean(OrderingService.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(attempts));
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Integer> placed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(attempts);
        CountDownLatch open = new CountDownLatch(1);
        for (int i = 0; i < attempts; i++) {
            BenchPlatform.Shopper shopper = shoppers.get(i % shoppers.size());
            pool.execute(() -> {
                try {
                    open.await();
                    BenchPlatform.signIn(shopper.accountId(), shopper.email(), EnumSet.of(Role.SHOPPER));
                    long began = System.nanoTime();
                    try {
                        ordering.place(new PlaceOrder(
                                Ids.newId(),
                                CheckoutOrigin.BUY_NOW,
                                List.of(new PlaceOrder.Item(sku, 1, null)),
                                shopper.addressId(),
                                DeliveryOption.STANDARD,
                                PaymentMethod.WECHAT_PAY));
                        placed.add(1);
                    } catch (CheckoutRefused refused) {
                        String kinds = refused.issues().stream()
                                .map(issue -> issue.kind().name())
                                .distinct()
                                .sorted()
                                .toList()
                                .toString();
                        var bucket = refused.issues().stream()
                                        .allMatch(issue -> issue.kind() == CheckoutQuote.Issue.Kind.SOLD_OUT)
                                ? refusals
                                : failures;
                        bucket.merge("CheckoutRefused" + kinds, 1, Integer::sum);
                    } catch (StockReservations.SoldOut soldOut) {
                        refusals.merge("StockReservations.SoldOut", 1, Integer::sum);
                    } catch (RuntimeException other) {
                        failures.merge(other.getClass().getName() + ": " + other.getMessage(), 1, Integer::sum);
                    } finally {
                        latencies.add(System.nanoTime() - began);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SecurityContextHolder.clearContext();
                    done.countDown();
                }
            });
        }
        long start = System.nanoTime();
        open.countDown();
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = BenchPlatform.sorted(latencies);
        Outcome outcome =
                new Outcome(label, placed.size(), new TreeMap<>(refusals), new TreeMap<>(failures), sorted, seconds);
        System.out.printf(
                "%s %s: %d attempts by %d threads in %.2f s (%.0f/s): %d placed; latency p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms; refusals %s; other failures %s%n",
                platform.kind,
                label,
                attempts,
                threads,
                seconds,
                attempts / seconds,
                outcome.placed(),
                BenchPlatform.percentile(sorted, 0.50),
                BenchPlatform.percentile(sorted, 0.95),
                BenchPlatform.percentile(sorted, 0.99),
                BenchPlatform.percentile(sorted, 1.0),
                outcome.refusals(),
                outcome.failures());
        return outcome;
    }
}
