package com.ks.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 22's proof, run by {@code ./mvnw verify -Pfaults} (and once by {@code .ci/run}): the platform as a separate
 * process on a private PostgreSQL cluster, twelve API clients placing and paying orders with Idempotency-Keys (bearer
 * tokens from an OIDC provider in this process), and three faults under that load — the app killed with SIGKILL and
 * restarted, PostgreSQL restarted, the app killed while signed payment notifications are in flight and then resent.
 * After each, {@link Invariants} reads the database and {@link Answers} what the clients saw. Figures go to
 * {@code target/faults/figures.md} (docs/benchmarks.md quotes them). Loopback only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {

    private static final int CLIENTS = 12;
    private static final String ISSUER_ID = "ks-faults";
    private static final String AUDIENCE = "ks-api";
    private static final String SCOPES =
            "profile:read profile:write orders:read orders:write payments:read" + " payments:write";
    /** The claim's lease in these runs: short, so retries after a crash are not kept waiting the default 30 s. */
    private static final Duration LEASE = Duration.ofSeconds(5);
    /** A fresh JVM on a busy 2-core CI node: JIT-less start plus Liquibase plus the demo data, generously. */
    private static final Duration START_WITHIN = Duration.ofSeconds(240);
    /** The stated recovery bound after PostgreSQL is back: readiness (and with it the API) answers again. */
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(30);

    private static final long PLENTY = 100_000;
    private static final long SCARCE = 25;

    private final Path out = Path.of("target", "faults");
    private final Answers answers = new Answers();
    private final List<LoadClients.Placed> placed = new CopyOnWriteArrayList<>();
    private final Map<UUID, Long> initialStock = new LinkedHashMap<>();
    private final Set<UUID> accounts = new HashSet<>();
    private final List<LoadClients.Shopper> shoppers = new ArrayList<>();

    private PrivatePostgres pg;
    private MockOAuth2Server oidc;
    private AppProcess app;
    private Provider provider;
    private LoadClients running;

    @BeforeAll
    void startEverything() throws Exception {
        assertThat(ProcessHandle.current().info().user().orElse(""))
                .as("the fault runs start their own PostgreSQL cluster with runuser: run them as root")
                .isEqualTo("root");
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("figures.md"));
        pg = PrivatePostgres.start();
        oidc = new MockOAuth2Server();
        oidc.start();
        String issuer = oidc.issuerUrl(ISSUER_ID).toString();
        // the simulated provider signs with a secret made for this run only, handed to the app by its environment
        String secret = "faults-" + UUID.randomUUID();
        int port = PrivatePostgres.freePort();
        Path work = Files.createDirectories(out.resolve("app-work"));
        app = new AppProcess(
                port,
                new java.util.HashMap<>(Map.of(
                        "KS_DB_URL",
                        pg.jdbcUrl(),
                        "KS_DB_USER",
                        "postgres",
                        "KS_DB_PASSWORD",
                        "",
                        "PORT",
                        Integer.toString(port),
                        "KS_DEMO_ENABLED",
                        "true",
                        "KS_PAYMENT_SANDBOX_ALIPAY_SECRET",
                        secret,
                        "KS_STORAGE_LOCAL_ROOT",
                        work.resolve("files").toAbsolutePath().toString(),
                        "KS_SEARCH_INDEX_DIR",
                        work.resolve("index").toAbsolutePath().toString())),
                List.of(
                        "--ks.oidc.issuer-uri=" + issuer,
                        "--ks.oidc.client-id=ks-platform",
                        "--ks.oidc.client-secret=faults",
                        "--ks.api.jwt-issuer-uri=" + issuer,
                        "--ks.api.audience=" + AUDIENCE,
                        "--ks.idempotency.lease=" + LEASE,
                        // twelve clients on one loopback address pay far more often than a person: no risk challenge
                        "--ks.risk.challenge-at=100000",
                        "--ks.risk.block-at=200000",
                        "--ks.watchdog.stuck-after=PT10S",
                        "--ks.watchdog.check-interval=PT2S"),
                out);
        Duration first = app.start(START_WITHIN);
        figure("First start (fresh database, Liquibase, demo data)", first.toMillis() + " ms");
        // restarts start as production does, without the demo seeder (which would compete with the clients' retries)
        app.setEnvironment("KS_DEMO_ENABLED", "false");
        app.servedSince(answers::servedSince);
        provider = new Provider(answers, pg::connect, secret, app.baseUrl());
        try (Connection db = pg.connect()) {
            chooseSkus(db);
            for (int i = 0; i < CLIENTS; i++) {
                shoppers.add(newShopper(db, issuer, i));
            }
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (provider != null) {
            provider.close();
        }
        if (app != null) {
            app.stop();
        }
        if (oidc != null) {
            oidc.shutdown();
        }
        if (pg != null) {
            pg.close();
        }
    }

    /**
     * The app is killed mid-load and started again while PostgreSQL is down as well (a node restarted during database
     * maintenance): it must come up without the database — liveness UP, readiness DOWN, API calls 503 — stay up, and
     * serve once PostgreSQL is back, its start-up work (schema migration, search index, starter articles) done then.
     * Before, that start-up work threw and Spring Boot shut the node down (issue 22).
     */
    @Test
    @Order(1)
    void an_app_killed_mid_load_and_restarted_while_postgres_is_down_answers_every_retried_key_with_its_one_order()
            throws Exception {
        LoadClients load = load("kill");
        load.start();
        Thread.sleep(8_000);
        answers.window("down");
        long killed = System.nanoTime();
        app.kill();
        pg.stopServer();
        Duration live = app.startUntilLive(START_WITHIN);
        // the node waits for the database: still alive, not ready, clients answered 503 meanwhile
        Thread.sleep(5_000);
        int readinessWithoutDatabase = app.readinessPatiently();
        int livenessWithoutDatabase = app.liveness();
        boolean aliveWithoutDatabase = app.alive();
        pg.startServer();
        long back = System.nanoTime();
        app.awaitReady(RECOVER_WITHIN);
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        Duration down = Duration.ofNanos(System.nanoTime() - killed);
        answers.window("recovered");
        figure(
                "(a) start without PostgreSQL",
                "live " + live.toMillis() + " ms after the kill with PostgreSQL down; 5 s later readiness "
                        + readinessWithoutDatabase + ", liveness " + livenessWithoutDatabase + ", process "
                        + (aliveWithoutDatabase ? "alive" : "gone") + "; served again " + recovery.toMillis()
                        + " ms after PostgreSQL was back (" + down.toMillis() + " ms after the kill)");
        Thread.sleep(5_000);
        SoftAssertions started = new SoftAssertions();
        started.assertThat(aliveWithoutDatabase)
                .as("the app stays up while its database is away")
                .isTrue();
        started.assertThat(readinessWithoutDatabase)
                .as("readiness without the database")
                .isEqualTo(503);
        started.assertThat(livenessWithoutDatabase)
                .as("liveness without the database")
                .isEqualTo(200);
        started.assertThat(answers.count("503 problem"))
                .as("503 problems while down")
                .isPositive();
        started.assertAll();
        finish(
                "(a) app killed (SIGKILL) mid-load, restarted while PostgreSQL was down, PostgreSQL started",
                load,
                recovery,
                RECOVER_WITHIN);
    }

    @Test
    @Order(2)
    void a_postgres_restart_mid_load_fails_fast_with_503_and_the_app_recovers_without_a_restart() throws Exception {
        LoadClients load = load("pg");
        load.start();
        Thread.sleep(8_000);
        answers.window("down");
        pg.stopServer();
        Thread.sleep(3_000);
        pg.startServer();
        long back = System.nanoTime();
        Duration recovery;
        try {
            app.awaitReady(RECOVER_WITHIN);
            recovery = Duration.ofNanos(System.nanoTime() - back);
        } catch (IllegalStateException hung) {
            Path dump = app.threadDump("hang-after-postgres-restart");
            // let the clients finish against a fresh process, then fail with the evidence
            app.kill();
            app.start(START_WITHIN);
            load.stopAndAwait();
            throw new AssertionError(
                    "The app did not answer within " + RECOVER_WITHIN
                            + " of PostgreSQL's restart (a hang); thread dump: " + dump.toAbsolutePath(),
                    hung);
        }
        answers.window("recovered");
        Thread.sleep(5_000);
        finish("(b) PostgreSQL restarted mid-load (3 s down)", load, recovery, RECOVER_WITHIN);
    }

    @Test
    @Order(3)
    void an_app_killed_while_notifications_are_in_flight_pays_each_order_exactly_once_after_the_resends()
            throws Exception {
        provider.hold(true);
        LoadClients load = load("notify");
        load.start();
        Thread.sleep(6_000);
        load.stopAndAwait();
        provider.hold(false);
        int before = provider.acknowledgedCount();
        var senders = Executors.newFixedThreadPool(8);
        List<Future<?>> inFlight = provider.burst(8, senders);
        long deadline = System.currentTimeMillis() + 10_000;
        while (provider.acknowledgedCount() < before + Math.max(1, inFlight.size() / 4)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        answers.window("down");
        long killed = System.nanoTime();
        app.kill();
        senders.shutdown();
        senders.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        int acknowledgedBeforeKill = provider.acknowledgedCount() - before;
        app.start(START_WITHIN);
        Duration recovery = Duration.ofNanos(System.nanoTime() - killed);
        answers.window("recovered");
        figure(
                "(c) notifications",
                inFlight.size() + " sent in a burst on 8 connections, " + acknowledgedBeforeKill
                        + " acknowledged before the kill; every one resent afterwards");
        finish("(c) app killed while notifications were in flight, provider resends", load, recovery, START_WITHIN);
    }

    /** A failed scenario's clients are stopped, so they do not load the next one. */
    @AfterEach
    void stopClients() throws InterruptedException {
        if (running != null) {
            running.abort();
            running = null;
        }
    }

    private LoadClients load(String run) {
        answers.reset();
        answers.window("load");
        return new LoadClients(
                answers,
                app.baseUrl(),
                shoppers,
                List.copyOf(initialStock.keySet()),
                provider,
                run + "-" + UUID.randomUUID());
    }

    /** Stops the clients (each finishes its call in hand), lets the provider deliver everything, checks it all. */
    private void finish(String scenario, LoadClients load, Duration recovery, Duration recoveryBound) throws Exception {
        load.stopAndAwait();
        running = null;
        provider.resend(scenario.startsWith("(c)"), 90_000);
        placed.addAll(load.placed);
        figure(
                scenario,
                "recovery " + recovery.toMillis() + " ms (bound " + recoveryBound.toSeconds() + " s); "
                        + load.placed.size() + " orders acknowledged, " + load.soldOut.size() + " refused as sold out; "
                        + provider.approvedCount() + " payments notified in all; slowest answer per phase (ms) "
                        + answers.maxMillis() + "; answers " + answers.counts());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(recovery).as("recovery time").isLessThanOrEqualTo(recoveryBound);
        softly.assertThat(load.failures).as("clients left without an answer").isEmpty();
        softly.assertThat(answers.unclean())
                .as("unclean answers (hang, redirect, empty 403, 500)")
                .isEmpty();
        softly.assertThat(answers.count("201")).as("orders placed").isPositive();
        try (Connection db = pg.connect()) {
            new Invariants(db).check(placed, accounts, initialStock, provider.approved(), softly);
        }
        softly.assertAll();
    }

    /** Three SKUs no demo order touched: two with plenty of stock, one that sells out under the load. */
    private void chooseSkus(Connection db) throws Exception {
        List<UUID> skus = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(
                        "select s.id from catalog_sku s join catalog_product p on p.id = s.product_id"
                                + " where s.enabled and p.status = 'PUBLISHED' and p.merchant_trading"
                                + " and not exists (select 1 from ordering_order_line l where l.sku_id = s.id)"
                                + " order by s.price_fen, s.id limit 3");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                skus.add(rows.getObject(1, UUID.class));
            }
        }
        assertThat(skus).as("SKUs on sale in the demo data").hasSize(3);
        for (int i = 0; i < skus.size(); i++) {
            long stock = i == 0 ? SCARCE : PLENTY;
            try (PreparedStatement update = db.prepareStatement("update catalog_sku set stock = ? where id = ?")) {
                update.setLong(1, stock);
                update.setObject(2, skus.get(i));
                update.executeUpdate();
            }
            initialStock.put(skus.get(i), stock);
        }
    }

    /**
     * A shopper linked to the provider's subject, as a first OIDC sign-in leaves it (written directly: the sign-in
     * is a browser flow), with an address added through the API.
     */
    private LoadClients.Shopper newShopper(Connection db, String issuer, int i) throws Exception {
        UUID account = UUID.randomUUID();
        String subject = "fault-client-" + i + "-" + account;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into identity_account (id, email, display_name, status, created_at, failed_logins)"
                        + " values (?, ?, ?, 'ACTIVE', now(), 0)")) {
            insert.setObject(1, account);
            insert.setString(2, subject + "@faults.test");
            insert.setString(3, "故障客户端 " + i);
            insert.executeUpdate();
        }
        try (PreparedStatement role = db.prepareStatement(
                "insert into identity_account_role (account_id, role_name) values (?, 'SHOPPER')")) {
            role.setObject(1, account);
            role.executeUpdate();
        }
        try (PreparedStatement link = db.prepareStatement(
                "insert into identity_external_login (issuer, subject, account_id, linked_at) values (?, ?, ?, now())")) {
            link.setString(1, issuer);
            link.setString(2, subject);
            link.setObject(3, account);
            link.executeUpdate();
        }
        accounts.add(account);
        String token = oidc.issueToken(
                        ISSUER_ID,
                        subject,
                        new DefaultOAuth2TokenCallback(
                                ISSUER_ID, subject, "JWT", List.of(AUDIENCE), Map.of("scope", SCOPES), 7200))
                .serialize();
        Answers.Answer address = answers.send("POST", app.baseUrl() + "/api/v1/me/addresses", token, """
                {"recipient":"王五","mobile":"13700002222","provinceCode":"110000","cityCode":"110100",\
                "districtCode":"110101","detail":"东长安街 2 号","makeDefault":true}""", Map.of());
        assertThat(address.status()).as("adding an address: %s", address.body()).isEqualTo(201);
        UUID addressId = UUID.fromString(
                address.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1").strip());
        return new LoadClients.Shopper(account, token, addressId);
    }

    private void figure(String name, String value) throws Exception {
        String line = "- " + Instant.now() + " " + name + ": " + value + "\n";
        System.out.print("[faults] " + line);
        Files.writeString(out.resolve("figures.md"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
