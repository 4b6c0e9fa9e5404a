package com.ks.platform.bench;

import com.ks.platform.identity.Role;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.OpenTicket;
import com.ks.platform.support.QueueFilter;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketSummary;
import com.ks.platform.support.TicketType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer-service desk at scale on PostgreSQL: 1 000 000 tickets written straight into {@code support_ticket} by
 * set-based INSERT … SELECT from {@code generate_series} (seeded): 90 % resolved or closed over two years, the rest
 * active in the four reference teams, assigned to 200 agents who are offline now (so the SLA watch and the pick-up on
 * presence leave them alone), their SLA due over the next days. After ANALYZE:
 * <ul>
 *   <li>the first page (50 rows, most pressing SLA first) of a team queue and of "my queue", as an agent;
 *   <li>a search of all tickets by a title word and by a requester's name, as a lead;
 *   <li>routing throughput: 50 agents online in every team (20 open tickets each at most, 1 000 places), then
 *       {@code ks.bench.routed} (1 500) questions opened through {@link MyTickets#open} by as many shoppers from
 *       {@code ks.bench.threads} (8) threads — each one routed and, while places are left, assigned in its own
 *       transaction. Tickets assigned per second, and the check that no agent passed the limit and every place was
 *       taken exactly once.
 * </ul>
 *
 * <p>Run with {@code ./mvnw -B -q -ntp -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.SupportQueueBenchmark}.
 * Exits 1 when the data or a page is not what was generated or a limit was passed — never because of a timing.
 */
public final class SupportQueueBenchmark {

    private static final int PAGE = 50;
    private static final int HISTORIC_AGENTS = 200;
    private static final int ONLINE_AGENTS = 50;
    private static final int LIMIT = 20;

    private SupportQueueBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(SupportQueueBenchmark::measure);
    }

    private static boolean measure() throws Exception {
        int tickets = Integer.getInteger("ks.bench.tickets", 1_000_000);
        int calls = Integer.getInteger("ks.bench.calls", 100);
        int routed = Integer.getInteger("ks.bench.routed", 1_500);
        int threads = Integer.getInteger("ks.bench.threads", 8);
        System.out.println("machine: " + BenchPlatform.machine());
        try (BenchPlatform platform = BenchPlatform.start("postgres", "support")) {
            platform.printHeader();
            load(platform, tickets, routed);
            JdbcTemplate jdbc = new JdbcTemplate(platform.dataSource());
            long vacuum = System.nanoTime();
            // ANALYZE, not VACUUM: this data source sends statements in a pipeline, where VACUUM is refused
            jdbc.execute("analyze support_ticket, support_agent, support_agent_team, identity_account");
            System.out.printf("  %-16s %6.1f s%n", "analyze", (System.nanoTime() - vacuum) / 1e9);
            boolean ok = jdbc.queryForObject("select count(*) from support_ticket", Long.class) == tickets;
            System.out.println("tickets per status: "
                    + jdbc.queryForList(
                            "select status, count(*) n from support_ticket group by status order by n desc"));
            UUID team = jdbc.queryForObject(
                    "select team_id from support_ticket where status = 'OPEN' group by team_id order by count(*) desc"
                            + " limit 1",
                    UUID.class);
            UUID agent = jdbc.queryForObject(
                    "select assignee_id from support_ticket where status = 'OPEN' and team_id = ?"
                            + " group by assignee_id order by count(*) desc limit 1",
                    UUID.class,
                    team);
            UUID lead = UUID.nameUUIDFromBytes("bench-lead".getBytes());
            TicketQueries queries = platform.bean(TicketQueries.class);
            EnumSet<Role> agentRoles = EnumSet.of(Role.CS_AGENT);
            EnumSet<Role> leadRoles = EnumSet.of(Role.CS_AGENT, Role.CS_LEAD);
            System.out.printf(
                    "%n%-52s %8s %8s %8s %6s%n", "first page (50 rows)", "p50 ms", "p95 ms", "max ms", "rows");
            ok &= time(
                    "team queue (busiest team), agent",
                    calls,
                    i -> BenchPlatform.asActor(
                            agent, "agent", agentRoles, () -> queries.teamQueue(QueueFilter.ANY, 0, PAGE)));
            ok &= time(
                    "my queue, agent",
                    calls,
                    i -> BenchPlatform.asActor(
                            agent, "agent", agentRoles, () -> queries.myQueue(QueueFilter.ANY, 0, PAGE)));
            ok &= time(
                    "all queues, lead",
                    calls,
                    i -> BenchPlatform.asActor(
                            lead, "lead", leadRoles, () -> queries.allQueue(QueueFilter.ANY, 0, PAGE)));
            ok &= time(
                    "search title word 发票 (all, lead)",
                    calls,
                    i -> BenchPlatform.asActor(lead, "lead", leadRoles, () -> queries.allQueue(text("发票"), 0, PAGE)));
            ok &= time(
                    "search requester name 买家4711 (all, lead)",
                    calls,
                    i -> BenchPlatform.asActor(
                            lead, "lead", leadRoles, () -> queries.allQueue(text("买家4711"), 0, PAGE)));
            ok &= route(platform, jdbc, routed, threads);
            System.out.println(ok ? "correctness checks passed" : "CORRECTNESS CHECK FAILED");
            return ok;
        }
    }

    private static QueueFilter text(String text) {
        return new QueueFilter(null, null, null, text, null);
    }

    /** Set-based generation in the database: a million rows in about a minute on two cores. */
    private static void load(BenchPlatform platform, int tickets, int routed) throws Exception {
        try (Connection c = platform.dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '256MB'");
            s.execute("select setseed(0.20261203)");
            // requesters of the generated tickets, the shoppers who ask during the routing run, and the staff
            step(
                    s,
                    "accounts",
                    "insert into identity_account (id, email, display_name, status, created_at, failed_logins)"
                            + " select md5('s' || n)::uuid, 'bench-' || n || '@bench.ks', '买家' || n, 'ACTIVE',"
                            + " now() - interval '3 years', 0 from generate_series(0, 99999) n"
                            + " union all select md5('q' || n)::uuid, 'ask-' || n || '@bench.ks', '提问者' || n, 'ACTIVE',"
                            + " now(), 0 from generate_series(1, " + routed + ") n"
                            + " union all select md5('a' || n)::uuid, 'agent-' || n || '@bench.ks', '客服' || n, 'ACTIVE',"
                            + " now(), 0 from generate_series(1, " + (HISTORIC_AGENTS + ONLINE_AGENTS) + ") n");
            step(
                    s,
                    "agents",
                    "insert into support_agent (account_id, display_name, status, max_open, open_count,"
                            + " status_changed_at) select md5('a' || n)::uuid, '客服' || n,"
                            + " case when n <= " + HISTORIC_AGENTS + " then 'OFFLINE' else 'AWAY' end, " + LIMIT
                            + ", 0, now()"
                            + " from generate_series(1, " + (HISTORIC_AGENTS + ONLINE_AGENTS) + ") n;"
                            + " insert into support_agent_team (account_id, team_id)"
                            + " select md5('a' || n)::uuid, t.id from generate_series(1, "
                            + (HISTORIC_AGENTS + ONLINE_AGENTS)
                            + ") n cross join support_team t"
                            + " where n > " + HISTORIC_AGENTS
                            + " or (n % 4) = (select count(*) from support_team u where u.code < t.code)");
            step(
                    s,
                    "plan",
                    "create unlogged table bench_gen as select g, r1, r2, r3, r1 < 0.08 active,"
                            + " (select array_agg(id order by code) from support_team) teams,"
                            + " case when r1 < 0.08 then now() - r1 * interval '50 days'"
                            + "  else now() - power(r1, 2) * interval '730 days' end created_at"
                            + " from (select g, random() r1, random() r2, random() r3 from generate_series(1, "
                            + tickets + ") g) x");
            step(
                    s,
                    "tickets",
                    "insert into support_ticket (id, ticket_no, requester_id, requester_kind, requester_name,"
                            + " subject_kind, ticket_type, title, language, urgency, urgency_reason, status, team_id, assignee_id,"
                            + " first_response_due, resolution_due, sla_due, paused_seconds, first_responded_at, resolved_at,"
                            + " created_at, updated_at, version)"
                            + " select md5('t' || g)::uuid, 'T' || to_char(created_at, 'YYYYMMDD') || '-' || upper(to_hex(g)),"
                            + " md5('s' || floor(100000 * power(r2, 2))::int)::uuid, 'SHOPPER', '买家' || floor(100000 * power(r2, 2))::int,"
                            + " 'FREE', (array['ORDER','PAYMENT','OTHER','COMPLAINT','PRIVACY','CREDIT_REVIEW'])[1 + floor(6 * r3)::int],"
                            + " (array['快递三天没有更新了','发票抬头开错了，怎么重新开','付款扣了两次钱','商品有质量问题要求退货',"
                            + "'怎么修改绑定的手机号','优惠券结算时没有抵扣','申请人工复核额度','请删除我的浏览记录'])[1 + (g % 8)]"
                            + " || ' #' || g, 'zh-CN', 'NORMAL', '', "
                            + " case when active then 'OPEN' when r3 < 0.02 then 'RESOLVED' else 'CLOSED' end,"
                            + " teams[1 + floor(4 * r3)::int],"
                            // agent n serves team n % 4 (see above): n = 4k + the team's index, 4 ≤ n < 200
                            + " md5('a' || (4 * (1 + floor(" + (HISTORIC_AGENTS / 4 - 1)
                            + " * r2)::int) + floor(4 * r3)::int))::uuid,"
                            + " created_at + interval '4 hours', created_at + interval '3 days',"
                            + " case when active then now() + interval '1 day' + r2 * interval '3 days' end,"
                            + " 0, created_at + interval '1 hour',"
                            + " case when active then null else created_at + interval '1 day' end,"
                            + " created_at, created_at, 0 from bench_gen");
            step(s, "drop plan", "drop table bench_gen");
        }
    }

    /** 50 agents online, then questions opened from several threads; each is routed in its own transaction. */
    private static boolean route(BenchPlatform platform, JdbcTemplate jdbc, int routed, int threads) throws Exception {
        jdbc.update("update support_agent set status = 'ONLINE' where status = 'AWAY'");
        MyTickets intake = platform.bean(MyTickets.class);
        List<UUID> askers = new ArrayList<>();
        for (int n = 1; n <= routed; n++) {
            askers.add(md5Uuid("q" + n));
        }
        AtomicInteger next = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n <= routed; n = next.getAndIncrement()) {
                    int asker = n;
                    BenchPlatform.asActor(
                            askers.get(n - 1),
                            "提问者" + n,
                            EnumSet.of(Role.SHOPPER),
                            () -> intake.open(new OpenTicket(TicketType.OTHER, null, "积分什么时候到账？ " + asker, List.of())));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int assigned = jdbc.queryForObject(
                "select count(*) from support_ticket t join support_agent a on a.account_id = t.assignee_id"
                        + " where a.status = 'ONLINE' and t.status in ('NEW', 'OPEN')",
                Integer.class);
        int over = jdbc.queryForObject("select count(*) from support_agent where open_count > max_open", Integer.class);
        int drift = jdbc.queryForObject(
                "select count(*) from support_agent a where a.status = 'ONLINE' and a.open_count <>"
                        + " (select count(*) from support_ticket t where t.assignee_id = a.account_id"
                        + " and t.status in ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER'))",
                Integer.class);
        int places = ONLINE_AGENTS * LIMIT;
        System.out.printf(
                "%nrouting: %,d questions opened from %d threads in %.1f s (%.0f opened/s);"
                        + " %,d assigned to %d online agents (%d places), %.0f assigned/s; agents over their limit: %d;"
                        + " agents whose count drifted from their tickets: %d%n",
                routed,
                threads,
                seconds,
                routed / seconds,
                assigned,
                ONLINE_AGENTS,
                places,
                Math.min(assigned, places) / seconds,
                over,
                drift);
        return over == 0 && drift == 0 && assigned == Math.min(routed, places);
    }

    /** The same id PostgreSQL's {@code md5(text)::uuid} gives. */
    private static UUID md5Uuid(String text) throws Exception {
        String hex = HexFormat.of()
                .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    private static void step(Statement s, String label, String sql) throws Exception {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf("  %-16s %6.1f s%n", label, (System.nanoTime() - start) / 1e9);
    }

    /** A tenth of the calls to warm up, then the measured ones; a page is at most 50 rows, most pressing SLA first. */
    private static boolean time(String label, int calls, IntFunction<List<TicketSummary>> call) {
        var sample = BenchPlatform.sample(Math.max(1, calls / 10), calls, call);
        List<TicketSummary> page = sample.answers().getLast();
        boolean ok = page.size() <= PAGE;
        for (int k = 1; k < page.size(); k++) {
            Instant previous = page.get(k - 1).slaDue();
            Instant current = page.get(k).slaDue();
            ok &= previous == null ? current == null : current == null || !current.isBefore(previous);
        }
        System.out.printf(
                "%-52s %8.2f %8.2f %8.2f %6d%s%n",
                label,
                BenchPlatform.percentile(sample.sortedNanos(), 0.5),
                BenchPlatform.percentile(sample.sortedNanos(), 0.95),
                BenchPlatform.percentile(sample.sortedNanos(), 1.0),
                page.size(),
                ok ? "" : "  WRONG ORDER");
        return ok;
    }
}
