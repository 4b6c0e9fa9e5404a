package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.MerchantProduct;
import com.ks.platform.catalog.MerchantProductFilter;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ProductStatus;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.shared.Ids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The merchant's product list at scale: 100 000 products (two SKUs each) of one merchant and 5 000 of each of four
 * others, written with JDBC batches (portable, so the same loader serves PostgreSQL and H2; seeded, so every run has
 * the same shape): created over three years, 70 % published, 20 % drafts, 10 % unpublished; titles from a small
 * vocabulary where 手机 is in about one title in ten and 限量 in one in a thousand. Then, through
 * {@link ProductService#mine(MerchantProductFilter, int, int)} and {@link ProductService#countMine(MerchantProductFilter)}
 * exactly as {@code MerchantProductsView} calls them: the first page and the last page (deep offset) of every filter and
 * sort the view offers, p50/p95/p99/max over repeated calls after a warm-up.
 *
 * <p>Run with {@code ./mvnw -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.bench.MerchantProductListBenchmark}. System properties: {@code ks.bench.products}
 * (100000), {@code ks.bench.calls} (50), {@code ks.bench.databases} (postgres,h2). Exits 1 when the loaded data or a
 * page is not what was generated — never because of a timing.
 */
public final class MerchantProductListBenchmark {

    private static final int PAGE = 50;
    private static final int OTHER_MERCHANTS = 4;
    private static final int OTHERS_EACH = 5_000;
    private static final int BATCH = 1_000;
    private static final String[] WORDS = {
        "保温杯", "蓝牙耳机", "运动鞋", "连衣裙", "电饭煲", "笔记本", "收纳盒", "充电宝", "数据线", "台灯", "背包", "雨伞", "键盘", "鼠标", "茶具", "毛巾", "枕头",
        "水杯", "帐篷", "跳绳"
    };

    private MerchantProductListBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(() -> {
            boolean ok = true;
            System.out.println("machine: " + BenchPlatform.machine());
            for (String database : BenchPlatform.databases()) {
                ok &= measure(database);
            }
            return ok;
        });
    }

    private static boolean measure(String database) throws Exception {
        int products = Integer.getInteger("ks.bench.products", 100_000);
        int calls = Integer.getInteger("ks.bench.calls", 50);
        try (BenchPlatform platform = BenchPlatform.start(database, "products")) {
            platform.printHeader();
            TestMerchants merchants = new TestMerchants(platform.context, platform::actAs);
            TestMerchants.Created big = merchants.signUp(BusinessCategory.DIGITAL);
            long started = System.nanoTime();
            load(platform, big.id(), products, 1);
            for (int m = 0; m < OTHER_MERCHANTS; m++) {
                load(platform, merchants.signUp(BusinessCategory.DIGITAL).id(), OTHERS_EACH, 100 + m);
            }
            JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
            if (database.equals("postgres")) {
                jdbc.execute("vacuum analyze catalog_product, catalog_sku");
            } else {
                jdbc.execute("analyze");
            }
            System.out.printf(
                    "loaded %,d products and %,d SKUs in %.1f s%n",
                    jdbc.queryForObject("select count(*) from catalog_product", Long.class),
                    jdbc.queryForObject("select count(*) from catalog_sku", Long.class),
                    (System.nanoTime() - started) / 1e9);

            ProductService service = platform.bean(ProductService.class);
            platform.actAs(big.email());
            try {
                boolean ok = service.countMine() == products;
                System.out.printf(
                        "%n%-44s %7s %7s %7s %7s %7s %8s%n",
                        "page of " + PAGE + " through ProductService.mine",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "max ms",
                        "rows",
                        "of");
                for (var c : cases()) {
                    int total = service.countMine(c.filter());
                    ok &= timed(
                            c.label() + ", first page",
                            calls,
                            i -> service.mine(c.filter(), 0, PAGE),
                            page -> checked(page, c.filter(), total),
                            total);
                    int last = Math.max(0, total - PAGE);
                    ok &= timed(
                            c.label() + ", last page (offset " + last + ")",
                            calls,
                            i -> service.mine(c.filter(), last, PAGE),
                            page -> checked(page, c.filter(), total),
                            total);
                    ok &= timed(c.label() + ", count", calls, i -> service.countMine(c.filter()), n -> n, total);
                }
                System.out.println(ok ? "correctness checks passed" : "CORRECTNESS CHECK FAILED");
                return ok;
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private record Case(String label, MerchantProductFilter filter) {}

    /** Every status choice and sort of the view, and title searches that match many, few and no products. */
    private static List<Case> cases() {
        return List.of(
                new Case("all, newest first", MerchantProductFilter.ALL),
                new Case("all, oldest first", new MerchantProductFilter(null, null, true)),
                new Case("published", new MerchantProductFilter(ProductStatus.PUBLISHED, null, false)),
                new Case("drafts", new MerchantProductFilter(ProductStatus.DRAFT, null, false)),
                new Case("unpublished, oldest", new MerchantProductFilter(ProductStatus.UNPUBLISHED, null, true)),
                new Case("title 手机 (~10 %)", new MerchantProductFilter(null, "手机", false)),
                new Case("title 限量 (~0.1 %)", new MerchantProductFilter(null, "限量", false)),
                new Case("title with no match", new MerchantProductFilter(null, "没有这种商品", false)),
                new Case("published + title 手机", new MerchantProductFilter(ProductStatus.PUBLISHED, "手机", false)));
    }

    /** A page is at most PAGE rows, in the filter's order, of the filter's status and title; -1 when not. */
    private static int checked(List<MerchantProduct> page, MerchantProductFilter filter, int total) {
        boolean ok = page.size() <= PAGE && page.size() <= total;
        for (int k = 0; k < page.size(); k++) {
            MerchantProduct p = page.get(k);
            ok &= filter.status() == null || p.status() == filter.status();
            ok &= filter.titleContains() == null || p.title().contains(filter.titleContains());
            if (k > 0) {
                Instant before = page.get(k - 1).createdAt();
                ok &= filter.oldestFirst()
                        ? !p.createdAt().isBefore(before)
                        : !p.createdAt().isAfter(before);
            }
        }
        return ok ? page.size() : -1;
    }

    /** Warm-up (a fifth of the calls, at least 5), then the measured calls; false when an answer was wrong. */
    private static <T> boolean timed(String label, int calls, IntFunction<T> call, ToIntFunction<T> rows, int total) {
        var sample = BenchPlatform.sample(Math.max(5, calls / 5), calls, call);
        int answered = 0;
        for (T answer : sample.answers()) {
            int rowsOfAnswer = rows.applyAsInt(answer);
            answered = answered < 0 ? answered : rowsOfAnswer;
        }
        long[] sorted = sample.sortedNanos();
        System.out.printf(
                "%-44s %7.2f %7.2f %7.2f %7.2f %7d %,8d%n",
                label,
                BenchPlatform.percentile(sorted, 0.50),
                BenchPlatform.percentile(sorted, 0.95),
                BenchPlatform.percentile(sorted, 0.99),
                BenchPlatform.percentile(sorted, 1.0),
                answered,
                total);
        if (answered < 0) {
            System.out.println("  WRONG PAGE: too many rows, another status or title, or out of order");
        }
        return answered >= 0;
    }

    /**
     * Products and two SKUs each, in JDBC batches. Revision 0 and an old update time keep the search index (which follows
     * newer revisions and recent updates) out of the measurement: the list reads the table, not the index.
     */
    private static void load(BenchPlatform platform, UUID merchantId, int count, long seed) throws Exception {
        Random random = new Random(seed);
        Instant now = Instant.now();
        try (Connection c = platform.dataSource().getConnection()) {
            c.setAutoCommit(false);
            UUID category = new JdbcTemplate(platform.dataSource())
                    .queryForObject(
                            "select id from catalog_category where parent_id is not null order by code"
                                    + " offset 0 rows fetch next 1 rows only",
                            UUID.class);
            try (PreparedStatement product = c.prepareStatement("insert into catalog_product (id, merchant_id,"
                            + " category_id, title, status, merchant_trading, returnable_7d, free_shipping,"
                            + " per_order_limit, spec1_name, min_price_fen, max_price_fen, total_stock, sales_count,"
                            + " rating_count, rating_sum, cover_image, created_at, updated_at, published_at, revision)"
                            + " values (?, ?, ?, ?, ?, true, true, true, 5, '颜色', ?, ?, ?, 0, 0, 0,"
                            + " 'art:BOX:1f2937', ?, ?, ?, 0)");
                    PreparedStatement sku = c.prepareStatement("insert into catalog_sku (id, product_id,"
                            + " merchant_id, sku_code, spec1_value, price_fen, stock, enabled)"
                            + " values (?, ?, ?, ?, ?, ?, ?, true)")) {
                for (int n = 0; n < count; n++) {
                    UUID id = Ids.newId();
                    Instant created = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                    double draw = random.nextDouble();
                    ProductStatus status = draw < 0.7
                            ? ProductStatus.PUBLISHED
                            : draw < 0.9 ? ProductStatus.DRAFT : ProductStatus.UNPUBLISHED;
                    long price = 990 + random.nextInt(100_000);
                    product.setObject(1, id);
                    product.setObject(2, merchantId);
                    product.setObject(3, category);
                    product.setString(4, title(random, n));
                    product.setString(5, status.name());
                    product.setLong(6, price);
                    product.setLong(7, price + 1_000);
                    product.setInt(8, 200);
                    product.setTimestamp(9, Timestamp.from(created));
                    product.setTimestamp(10, Timestamp.from(created));
                    product.setTimestamp(11, status == ProductStatus.DRAFT ? null : Timestamp.from(created));
                    product.addBatch();
                    for (int k = 0; k < 2; k++) {
                        sku.setObject(1, Ids.newId());
                        sku.setObject(2, id);
                        sku.setObject(3, merchantId);
                        sku.setString(4, "B" + seed + "-" + n + "-" + k);
                        sku.setString(5, k == 0 ? "黑色" : "白色");
                        sku.setLong(6, price + k * 1_000L);
                        sku.setInt(7, 100);
                        sku.addBatch();
                    }
                    if ((n + 1) % BATCH == 0 || n == count - 1) {
                        product.executeBatch();
                        sku.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    private static String title(Random random, int n) {
        StringBuilder title = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextInt(10) == 0) {
            title.append(" 手机支架");
        }
        if (random.nextInt(1_000) == 0) {
            title.append(" 限量款");
        }
        return title.append(" 第 ").append(n).append(" 款").toString();
    }
}
