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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Order placement throughput through the service layer: {@link OrderingService#place} with a new checkout of one or two
 * lines each time (random SKUs of 20 products × 2 SKUs of one trading merchant, stock far above what is sold, 64
 * shoppers), at 1, 8 and 32 threads on PostgreSQL and on an H2 file database; then pgbench's TPC-B-like script against
 * the same PostgreSQL server with the same client counts, as the yardstick of what that server does per second.
 *
 * <p>Run with {@code ./mvnw -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.bench.OrderPlacementBenchmark}. System properties: {@code ks.bench.databases}
 * (postgres,h2), {@code ks.bench.threads} (1,8,32), {@code ks.bench.warmup} (seconds, 10), {@code ks.bench.seconds}
 * (20), {@code ks.bench.pgbench} (true), {@code ks.bench.pool} (connection pool; else KS_DB_POOL_SIZE, else 10).
 * Exits 1 when the orders or the stock written do not add up — never because of a timing.
 */
public final class OrderPlacementBenchmark {

    private static final int SHOPPERS = 64;
    private static final int PRODUCTS = 20;
    private static final int STOCK = 1_000_000; // the largest stock a SKU may have
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

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
        int warmup = Integer.getInteger("ks.bench.warmup", 10);
        int seconds = Integer.getInteger("ks.bench.seconds", 20);
        boolean failed = false;
        Map<String, Map<Integer, Double>> placements = new LinkedHashMap<>();
        System.out.println("machine: " + BenchPlatform.machine());
        for (String database : databases) {
            try (BenchPlatform platform = BenchPlatform.start(database, "place")) {
                platform.printHeader();
                Fixture fixture = fixture(platform);
                Map<Integer, Double> tps = new LinkedHashMap<>();
                for (int n : threads) {
                    run(platform, fixture, n, warmup);
                    Result result = run(platform, fixture, n, seconds);
                    tps.put(n, result.tps());
                    System.out.printf(
                            "%s %2d threads: %8.1f placements/s  p50 %6.2f ms  p99 %7.2f ms  max %7.2f ms  (%d in %d s)%s%n",
                            database,
                            n,
                            result.tps(),
                            result.p50(),
                            result.p99(),
                            result.max(),
                            result.placed(),
                            seconds,
                            result.errors().isEmpty() ? "" : "  ERRORS " + result.errors());
                    failed |= !result.errors().isEmpty();
                }
                placements.put(database, tps);
                failed |= !fixture.verify(platform);
            }
        }
        if (Boolean.parseBoolean(System.getProperty("ks.bench.pgbench", "true"))) {
            Map<Integer, Double> pgbench = pgbench(threads, seconds);
            System.out.printf("%n== placement tps as a share of pgbench TPC-B tps (same server, same clients) ==%n");
            for (int n : threads) {
                Double placed = placements.getOrDefault("postgres", Map.of()).get(n);
                System.out.printf(
                        "%2d clients: pgbench %8.1f tps, placement %8.1f/s -> %5.1f %%%n",
                        n, pgbench.get(n), placed, placed == null ? Double.NaN : 100 * placed / pgbench.get(n));
            }
        }
        System.out.println(failed ? "CORRECTNESS CHECK FAILED" : "correctness checks passed");
        return !failed;
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

    /** pgbench -i -s 10 in its own database, then -c N -j N -T seconds per client count; the database is dropped. */
    private static Map<Integer, Double> pgbench(int[] clients, int seconds) throws Exception {
        String database = "ks_bench_pgbench_" + Long.toString(System.nanoTime(), 36);
        String host = BenchPlatform.env("KS_BENCH_PG_HOST", "127.0.0.1");
        BenchPlatform.createDatabase(database);
        Map<Integer, Double> tps = new LinkedHashMap<>();
        try {
            String pgbench = BenchPlatform.env("PGBENCH", "pgbench");
            System.out.printf(
                    "%n== pgbench (%s) ==%n",
                    exec(List.of(pgbench, "--version")).strip());
            exec(List.of(pgbench, "-h", host, "-U", BenchPlatform.PG_USER, "-i", "-q", "-s", "10", database));
            for (int n : clients) {
                String out = exec(List.of(
                        pgbench,
                        "-h",
                        host,
                        "-U",
                        BenchPlatform.PG_USER,
                        "-c",
                        String.valueOf(n),
                        "-j",
                        String.valueOf(n),
                        "-T",
                        String.valueOf(seconds),
                        database));
                Matcher m = TPS.matcher(out);
                if (!m.find()) {
                    throw new IllegalStateException("no tps in pgbench output:\n" + out);
                }
                tps.put(n, Double.parseDouble(m.group(1)));
                System.out.printf("pgbench -c %d -j %d -T %d: %.1f tps%n", n, n, seconds, tps.get(n));
            }
        } finally {
            BenchPlatform.dropDatabase(database);
        }
        return tps;
    }

    private static String exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out = String.join("\n", reader.lines().toList());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
