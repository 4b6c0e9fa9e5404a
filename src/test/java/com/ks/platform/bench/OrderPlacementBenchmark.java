package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.identity.Role;
import com.ks.platform.ordering.CheckoutOrigin;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Order placement throughput through the service layer: {@link OrderingService#place} with a new checkout of one or two
 * lines each time (random SKUs of 20 products × 2 SKUs of one trading merchant, stock far above what is sold, 64
 * shoppers), at 1, 8 and 32 threads on PostgreSQL and on an H2 file database. On PostgreSQL each measured round is
 * followed at once by pgbench's TPC-B-like script against the same server with the same client count — the yardstick
 * of what that server does per second — and the share is reported per round and as the median of the rounds, so a
 * disk or a neighbour that changes speed during the run moves both sides of a ratio alike.
 *
 * <p>Run with {@code ./mvnw -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.bench.OrderPlacementBenchmark}. System properties: {@code ks.bench.databases}
 * (postgres,h2), {@code ks.bench.threads} (1,8,32), {@code ks.bench.jit} (seconds of placing at 8 threads before
 * anything is measured, 30), {@code ks.bench.warmup} (seconds before each client count, 5), {@code ks.bench.seconds}
 * (per round, 15), {@code ks.bench.rounds} (3), {@code ks.bench.pgbench} (true), {@code ks.bench.pool} (connection
 * pool; else KS_DB_POOL_SIZE, else 10).
 * Exits 1 when the orders or the stock written do not add up — never because of a timing.
 */
public final class OrderPlacementBenchmark {

    private static final int SHOPPERS = 64;
    private static final int PRODUCTS = 20;
    private static final int STOCK = 1_000_000; // the largest stock a SKU may have

    private OrderPlacementBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(() -> measure());
    }

    private static boolean measure() throws Exception {
        List<String> databases =
                List.of(System.getProperty("ks.bench.databases", "postgres,h2").split(","));
        int[] threads = java.util.Arrays.stream(
                        System.getProperty("ks.bench.threads", "1,8,32").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int jit = Integer.getInteger("ks.bench.jit", 30);
        int warmup = Integer.getInteger("ks.bench.warmup", 5);
        int seconds = Integer.getInteger("ks.bench.seconds", 15);
        int rounds = Integer.getInteger("ks.bench.rounds", 3);
        boolean withPgbench = Boolean.parseBoolean(System.getProperty("ks.bench.pgbench", "true"));
        boolean failed = false;
        List<String> summary = new ArrayList<>();
        System.out.println("machine: " + BenchPlatform.machine());
        for (String database : databases) {
            try (BenchPlatform platform = BenchPlatform.start(database, "place");
                    Pgbench pgbench = withPgbench && database.equals("postgres") ? Pgbench.initialised() : null) {
                platform.printHeader();
                Fixture fixture = fixture(platform);
                // the JIT compiles the placement path once; without this the first client count pays for it
                run(platform, fixture, 8, jit);
                for (int n : threads) {
                    run(platform, fixture, n, warmup);
                    List<Double> placed = new ArrayList<>();
                    List<Double> yardstick = new ArrayList<>();
                    List<Double> ratios = new ArrayList<>();
                    for (int round = 1; round <= rounds; round++) {
                        Result result = run(platform, fixture, n, seconds);
                        placed.add(result.tps());
                        System.out.printf(
                                "%s %2d threads, round %d: %8.1f placements/s  p50 %6.2f ms  p99 %7.2f ms  max %7.2f ms"
                                        + "  (%d in %d s)%s",
                                database,
                                n,
                                round,
                                result.tps(),
                                result.p50(),
                                result.p99(),
                                result.max(),
                                result.placed(),
                                seconds,
                                result.errors().isEmpty() ? "" : "  ERRORS " + result.errors());
                        failed |= !result.errors().isEmpty();
                        if (pgbench != null) {
                            // measured right after, so both see the same server, disk and neighbours
                            double tps = pgbench.tps(n, seconds);
                            yardstick.add(tps);
                            ratios.add(100 * result.tps() / tps);
                            System.out.printf("  | pgbench %8.1f tps -> %5.1f %%", tps, 100 * result.tps() / tps);
                        }
                        System.out.println();
                    }
                    summary.add(
                            pgbench == null
                                    ? String.format(
                                            "%-8s %2d threads: median %8.1f placements/s", database, n, median(placed))
                                    : String.format(
                                            "%-8s %2d clients: median %8.1f placements/s, pgbench %8.1f tps -> median %5.1f %%"
                                                    + " (rounds %s)",
                                            database,
                                            n,
                                            median(placed),
                                            median(yardstick),
                                            median(ratios),
                                            ratios.stream()
                                                    .map(r -> String.format("%.1f", r))
                                                    .toList()));
                }
                failed |= !fixture.verify(platform);
            }
        }
        System.out.printf("%n== placements per second, and as a share of pgbench TPC-B tps in the same rounds ==%n");
        summary.forEach(System.out::println);
        System.out.println(failed ? "CORRECTNESS CHECK FAILED" : "correctness checks passed");
        return !failed;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** What the run sells and to whom, and what it counted, to check against the database afterwards. */
    private record Fixture(
            List<BenchPlatform.Shopper> shoppers,
            List<UUID> skus,
            Map<UUID, Long> prices,
            Map<UUID, LongAdder> sold,
            AtomicLong placed) {

        boolean verify(BenchPlatform platform) {
            JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
            long orders = jdbc.queryForObject("select count(*) from ordering_order", Long.class);
            long checkouts = jdbc.queryForObject("select count(*) from ordering_checkout", Long.class);
            boolean ok = orders == placed.get() && checkouts == placed.get();
            long negative = jdbc.queryForObject("select count(*) from catalog_sku where stock < 0", Long.class);
            ok &= negative == 0;
            for (UUID sku : skus) {
                int stock = jdbc.queryForObject("select stock from catalog_sku where id = ?", Integer.class, sku);
                long lines = jdbc.queryForObject(
                        "select coalesce(sum(quantity), 0) from ordering_order_line where sku_id = ?", Long.class, sku);
                long expected = sold.get(sku).sum();
                if (STOCK - stock != expected || lines != expected) {
                    System.out.printf(
                            "SKU %s: sold %d, stock taken %d, ordered %d%n", sku, expected, STOCK - stock, lines);
                    ok = false;
                }
            }
            System.out.printf(
                    "check %s: %d placements counted, %d orders and %d checkouts in the database, %d SKUs below zero,"
                            + " stock taken = quantities ordered per SKU: %s%n",
                    platform.kind, placed.get(), orders, checkouts, negative, ok ? "yes" : "NO");
            return ok;
        }
    }

    private static Fixture fixture(BenchPlatform platform) {
        long start = System.nanoTime();
        TestMerchants.Created merchant = platform.tradingMerchant();
        List<UUID> skus = new ArrayList<>();
        Map<UUID, Long> prices = new ConcurrentHashMap<>();
        Map<UUID, LongAdder> sold = new ConcurrentHashMap<>();
        for (int p = 0; p < PRODUCTS; p++) {
            ProductDetails product =
                    platform.product(merchant, "压测商品 " + p, 10, STOCK, 1_990 + p * 100, 12_990 + p * 100);
            product.skus().forEach(sku -> {
                skus.add(sku.id());
                prices.put(sku.id(), sku.priceFen());
                sold.put(sku.id(), new LongAdder());
            });
        }
        List<BenchPlatform.Shopper> shoppers = platform.shoppers(SHOPPERS);
        System.out.printf(
                "fixture: 1 trading merchant, %d products / %d SKUs, %d shoppers with an address in %.1f s%n",
                PRODUCTS, skus.size(), shoppers.size(), (System.nanoTime() - start) / 1e9);
        return new Fixture(shoppers, List.copyOf(skus), prices, sold, new AtomicLong());
    }

    private record Result(double tps, long placed, double p50, double p99, double max, Map<String, Integer> errors) {}

    /** n threads place orders for the given seconds; each thread is one shopper (thread i → shopper i mod 64). */
    private static Result run(BenchPlatform platform, Fixture fixture, int n, int seconds) throws InterruptedException {
        OrderingService ordering = platform.bean(OrderingService.class);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<List<Long>> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            BenchPlatform.Shopper shopper =
                    fixture.shoppers().get(t % fixture.shoppers().size());
            Thread worker = Thread.ofPlatform().name("place-" + t).start(() -> {
                List<Long> mine = new ArrayList<>();
                latencies.add(mine);
                BenchPlatform.signIn(shopper.accountId(), shopper.email(), EnumSet.of(Role.SHOPPER));
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < window[1]) {
                    int lines = random.nextInt(2) + 1;
                    UUID first =
                            fixture.skus().get(random.nextInt(fixture.skus().size()));
                    UUID second =
                            fixture.skus().get(random.nextInt(fixture.skus().size()));
                    List<PlaceOrder.Item> items = new ArrayList<>();
                    int q1 = random.nextInt(3) + 1;
                    items.add(new PlaceOrder.Item(first, q1, fixture.prices().get(first)));
                    int q2 = random.nextInt(3) + 1;
                    if (lines == 2 && !second.equals(first)) {
                        items.add(
                                new PlaceOrder.Item(second, q2, fixture.prices().get(second)));
                    }
                    long began = System.nanoTime();
                    try {
                        ordering.place(new PlaceOrder(
                                Ids.newId(),
                                CheckoutOrigin.BUY_NOW,
                                items,
                                shopper.addressId(),
                                DeliveryOption.STANDARD,
                                PaymentMethod.ALIPAY));
                        mine.add(System.nanoTime() - began);
                        fixture.placed().incrementAndGet();
                        items.forEach(i -> fixture.sold().get(i.skuId()).add(i.quantity()));
                    } catch (RuntimeException e) {
                        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
                SecurityContextHolder.clearContext();
            });
            workers.add(worker);
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        long[] sorted = BenchPlatform.sorted(all);
        return new Result(
                all.size() / elapsed,
                all.size(),
                BenchPlatform.percentile(sorted, 0.50),
                BenchPlatform.percentile(sorted, 0.99),
                BenchPlatform.percentile(sorted, 1.0),
                Map.copyOf(errors));
    }
}
