package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.Role;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order lists at scale on PostgreSQL: 1 000 000 orders (with their checkouts and 1–3 lines each) written straight into
 * the ordering tables by set-based INSERT … SELECT from {@code generate_series} (seeded, so every run has the same
 * shape), spread over 50 000 shoppers (skewed: the busiest has hundreds of orders) and 200 merchants (one real merchant
 * with ~300 000, the rest skewed), placed over two years with the status following the order's age (unpaid only in the
 * last half hour, paid within two days, shipped within five, delivered within twelve, then completed; 8 % cancelled at
 * any age). After VACUUM ANALYZE, the first page (20 rows) of the lists through {@link OrderQueries}, for the busiest
 * shopper, random shoppers and the big merchant, with and without a status filter: p50/p95/max over 200 calls.
 *
 * <p>Run with {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.OrderListBenchmark}.
 * System properties: {@code ks.bench.orders} (1000000), {@code ks.bench.calls} (200). Exits 1 when the loaded data
 * or a page is not what was generated — never because of a timing.
 */
public final class OrderListBenchmark {

    private static final int SHOPPERS = 50_000;
    private static final int MERCHANTS = 200;
    private static final int PAGE = 20;

    private OrderListBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(() -> measure());
    }

    private static boolean measure() throws Exception {
        int orders = Integer.getInteger("ks.bench.orders", 1_000_000);
        int calls = Integer.getInteger("ks.bench.calls", 200);
        System.out.println("machine: " + BenchPlatform.machine());
        try (BenchPlatform platform = BenchPlatform.start("postgres", "lists")) {
            platform.printHeader();
            TestMerchants.Created big =
                    new TestMerchants(platform.context, platform::actAs).signUp(BusinessCategory.DIGITAL);
            UUID owner =
                    platform.bean(AccountQueries.class).findByEmail(big.email()).orElseThrow();
            load(platform, orders, big.id(), big.storeName());
            JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
            boolean ok = true;
            long loaded = jdbc.queryForObject("select count(*) from ordering_order", Long.class);
            long bigCount = jdbc.queryForObject(
                    "select count(*) from ordering_order where merchant_id = ?", Long.class, big.id());
            ok &= loaded == orders;
            System.out.printf("orders of the big merchant: %,d%n", bigCount);
            System.out.println("orders per status: "
                    + jdbc.queryForList(
                            "select status, count(*) n from ordering_order group by status order by n desc"));
            UUID busiest = jdbc.queryForObject(
                    "select account_id from ordering_order group by account_id order by count(*) desc limit 1",
                    UUID.class);
            long busiestCount = jdbc.queryForObject(
                    "select count(*) from ordering_order where account_id = ?", Long.class, busiest);
            List<UUID> randomShoppers = jdbc.queryForList(
                    "select distinct account_id from ordering_order where placed_at > now() - interval '7 days'",
                    UUID.class);
            System.out.printf(
                    "busiest shopper: %,d orders; median shopper: %s orders%n",
                    busiestCount,
                    jdbc.queryForObject(
                            "select percentile_cont(0.5) within group (order by n) from"
                                    + " (select count(*) n from ordering_order group by account_id) x",
                            Double.class));

            OrderQueries queries = platform.bean(OrderQueries.class);
            System.out.printf(
                    "%n%-48s %8s %8s %8s %8s%n",
                    "first page (20 rows) through OrderQueries", "p50 ms", "p95 ms", "max ms", "rows");
            List<OrderTab> tabs =
                    List.of(OrderTab.ALL, OrderTab.TO_PAY, OrderTab.TO_SHIP, OrderTab.TO_RECEIVE, OrderTab.COMPLETED);
            for (OrderTab tab : tabs) {
                ok &= time(
                        "big merchant, tab " + tab,
                        calls,
                        i -> BenchPlatform.asActor(
                                owner,
                                big.email(),
                                EnumSet.of(Role.MERCHANT),
                                () -> queries.merchantOrders(tab, 0, PAGE)));
            }
            for (OrderTab tab : tabs) {
                ok &= time(
                        "busiest shopper, tab " + tab,
                        calls,
                        i -> BenchPlatform.asActor(
                                busiest, "busiest", EnumSet.of(Role.SHOPPER), () -> queries.myOrders(tab, 0, PAGE)));
            }
            for (OrderTab tab : List.of(OrderTab.ALL, OrderTab.TO_RECEIVE)) {
                ok &= time("random shoppers (200 different), tab " + tab, calls, i -> {
                    UUID shopper = randomShoppers.get((i * 7919) % randomShoppers.size());
                    return BenchPlatform.asActor(
                            shopper, "shopper", EnumSet.of(Role.SHOPPER), () -> queries.myOrders(tab, 0, PAGE));
                });
            }
            System.out.printf(
                    "%n%-48s %8s %8s %8s %8s%n", "counts (tab badges, pager)", "p50 ms", "p95 ms", "max ms", "count");
            for (OrderTab tab : List.of(OrderTab.ALL, OrderTab.TO_SHIP)) {
                timeCount(
                        "big merchant, count " + tab,
                        calls / 4,
                        () -> BenchPlatform.asActor(
                                owner, big.email(), EnumSet.of(Role.MERCHANT), () -> queries.countMerchantOrders(tab)));
            }
            timeCount(
                    "busiest shopper, count ALL",
                    calls,
                    () -> BenchPlatform.asActor(
                            busiest, "busiest", EnumSet.of(Role.SHOPPER), () -> queries.countMine(OrderTab.ALL)));
            explain(jdbc, big.id(), busiest);
            System.out.println(ok ? "correctness checks passed" : "CORRECTNESS CHECK FAILED");
            return ok;
        }
    }

    /** Set-based generation in the database: seconds instead of minutes for a million rows on two cores. */
    private static void load(BenchPlatform platform, int orders, UUID bigMerchant, String bigStore) throws Exception {
        long start = System.nanoTime();
        try (Connection c = platform.dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '256MB'");
            s.execute("select setseed(0.20261125)");
            step(
                    s,
                    "accounts",
                    "insert into identity_account (id, email, display_name, status, created_at, failed_logins)"
                            + " select md5('s' || n)::uuid, 'bench-' || n || '@bench.ks', '买家' || n, 'ACTIVE',"
                            + " now() - interval '3 years', 0 from generate_series(0, " + (SHOPPERS - 1) + ") n");
            // one row per order: who, which merchant, when, how many lines; random() draws are seeded above
            step(
                    s,
                    "plan",
                    "create unlogged table bench_gen as select g,"
                            + " case when r1 < 0.30 then 0 else 1 + floor(" + (MERCHANTS - 1)
                            + " * r2 * r2)::int end m,"
                            + " floor(" + SHOPPERS + " * power(r3, 1.5))::int s,"
                            + " now() - r4 * interval '730 days' placed_at,"
                            + " 1 + floor(3 * r5 * r5)::int lines, r6"
                            + " from (select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6"
                            + " from generate_series(1, " + orders + ") g) x");
            step(
                    s,
                    "status",
                    "alter table bench_gen add column status varchar(20);"
                            + " update bench_gen set status = case"
                            + " when placed_at > now() - interval '30 minutes'"
                            + "  then case when r6 < 0.6 then 'PENDING_PAYMENT' when r6 < 0.7 then 'CANCELLED' else 'PAID' end"
                            + " when r6 < 0.08 then 'CANCELLED'"
                            + " when placed_at > now() - interval '2 days' then 'PAID'"
                            + " when placed_at > now() - interval '5 days' then 'SHIPPED'"
                            + " when placed_at > now() - interval '12 days' then 'DELIVERED'"
                            + " else 'COMPLETED' end");
            step(
                    s,
                    "checkouts",
                    "insert into ordering_checkout (id, account_id, origin, payment_method, total_fen, placed_at)"
                            + " select md5('c' || g)::uuid, md5('s' || s)::uuid, 'CART', 'ALIPAY', 1990 * lines, placed_at"
                            + " from bench_gen");
            step(
                    s,
                    "orders",
                    "insert into ordering_order (id, order_no, checkout_id, account_id, merchant_id, store_name,"
                            + " status, items_fen, shipping_fen, discount_fen, total_fen, delivery_option, payment_method,"
                            + " recipient, mobile, district_code, region_text, address_detail, placed_at, pay_deadline,"
                            + " paid_at, shipped_at, delivered_at, completed_at, cancelled_at, updated_at)"
                            + " select md5('o' || g)::uuid, 'KS' || to_char(placed_at, 'YYMMDD') || lpad(upper(to_hex(g)), 10, '0'),"
                            + " md5('c' || g)::uuid, md5('s' || s)::uuid,"
                            + " case when m = 0 then '" + bigMerchant + "'::uuid else md5('m' || m)::uuid end,"
                            + " case when m = 0 then '" + bigStore.replace("'", "''") + "' else '店铺' || m end,"
                            + " status, 1990 * lines, 0, 0, 1990 * lines, 'STANDARD', 'ALIPAY',"
                            + " '买家' || s, '13800138000', '330106', '浙江省 杭州市 西湖区', '文三路 90 号',"
                            + " placed_at, placed_at + interval '30 minutes',"
                            + " case when status not in ('PENDING_PAYMENT', 'CANCELLED') then placed_at + interval '2 minutes' end,"
                            + " case when status in ('SHIPPED', 'DELIVERED', 'COMPLETED') then placed_at + interval '1 day' end,"
                            + " case when status in ('DELIVERED', 'COMPLETED') then placed_at + interval '3 days' end,"
                            + " case when status = 'COMPLETED' then placed_at + interval '10 days' end,"
                            + " case when status = 'CANCELLED' then placed_at + interval '30 minutes' end,"
                            + " placed_at from bench_gen");
            step(
                    s,
                    "lines",
                    "insert into ordering_order_line (id, order_id, sku_id, product_id, title, spec_text, image_ref,"
                            + " unit_price_fen, quantity, shipping_share_fen, discount_share_fen, payable_fen)"
                            + " select md5('l' || g || '-' || k)::uuid, md5('o' || g)::uuid, md5('k' || ((g + k) % 20000))::uuid,"
                            + " md5('p' || ((g + k) % 5000))::uuid, '压测商品 ' || ((g + k) % 5000), '标准款',"
                            + " 'art:PHONE:1f2937', 1990, 1, 0, 0, 1990"
                            + " from bench_gen, generate_series(1, lines) k");
            step(s, "drop plan", "drop table bench_gen");
            step(
                    s,
                    "vacuum analyze",
                    "vacuum analyze identity_account, ordering_checkout, ordering_order, ordering_order_line");
        }
        System.out.printf("loaded %,d orders in %.1f s%n", orders, (System.nanoTime() - start) / 1e9);
    }

    private static void step(Statement s, String label, String sql) throws Exception {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf("  %-16s %6.1f s%n", label, (System.nanoTime() - start) / 1e9);
    }

    /** Warm-up (a tenth of the calls), then the measured calls; a page must be newest first and at most 20 rows. */
    private static boolean time(String label, int calls, IntFunction<List<OrderSummary>> call) {
        boolean[] ok = {true};
        measured(label, calls, call, page -> {
            ok[0] &= page.size() <= PAGE;
            for (int k = 1; k < page.size(); k++) {
                ok[0] &= !page.get(k).placedAt().isAfter(page.get(k - 1).placedAt());
            }
            return page.size();
        });
        if (!ok[0]) {
            System.out.println("  WRONG PAGE: more than 20 rows or not newest first");
        }
        return ok[0];
    }

    private static void timeCount(String label, int calls, Supplier<Integer> call) {
        measured(label, calls, i -> call.get(), count -> count);
    }

    /** Prints p50/p95/max of the calls after a warm-up, and the size of the last answer. */
    private static <T> void measured(String label, int calls, IntFunction<T> call, ToIntFunction<T> size) {
        var sample = BenchPlatform.sample(Math.max(10, calls / 10), calls, call);
        int last = 0;
        for (T answer : sample.answers()) {
            last = size.applyAsInt(answer);
        }
        long[] sorted = sample.sortedNanos();
        System.out.printf(
                "%-48s %8.2f %8.2f %8.2f %,8d%n",
                label,
                BenchPlatform.percentile(sorted, 0.50),
                BenchPlatform.percentile(sorted, 0.95),
                BenchPlatform.percentile(sorted, 1.0),
                last);
    }

    /** The plans PostgreSQL picks for the page queries OrderRepository.page sends (same shape, literal values). */
    private static void explain(JdbcTemplate jdbc, UUID merchant, UUID shopper) {
        String[][] cases = {
            {"big merchant, ALL", "merchant_id = '" + merchant + "'"},
            {"big merchant, TO_SHIP", "merchant_id = '" + merchant + "' and status in ('PAID')"},
            {"big merchant, TO_RECEIVE", "merchant_id = '" + merchant + "' and status in ('SHIPPED', 'DELIVERED')"},
            {"busiest shopper, TO_RECEIVE", "account_id = '" + shopper + "' and status in ('SHIPPED', 'DELIVERED')"},
        };
        for (String[] c : cases) {
            System.out.println("\nEXPLAIN ANALYZE, " + c[0] + ":");
            jdbc.queryForList(
                            "explain (analyze, buffers, costs off) select * from ordering_order where " + c[1]
                                    + " order by placed_at desc, id desc offset 0 rows fetch next 20 rows only",
                            String.class)
                    .forEach(line -> System.out.println("  " + line));
        }
    }
}
