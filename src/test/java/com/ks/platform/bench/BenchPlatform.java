package com.ks.platform.bench;

import com.ks.platform.KsApplication;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.NewAccount;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.identity.Role;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.merchant.MerchantDocument;
import com.ks.platform.merchant.MerchantDocumentService;
import com.ks.platform.merchant.MerchantReviewService;
import com.ks.platform.shared.ActorPrincipal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the ordering benchmarks share: a fresh database per run (a PostgreSQL database created and dropped here, or an
 * H2 file database in a temporary folder), the platform booted on it with demo data off, a trading merchant with
 * products made through the services (sign-up, documents, compliance approval, publish), and shoppers with an address.
 */
final class BenchPlatform implements AutoCloseable {

    /** The PostgreSQL server the benchmarks create their databases in; {@code KS_DB_USER} signs in (trust auth here). */
    static final String PG_SERVER =
            System.getProperty("ks.bench.pg-server", env("KS_BENCH_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));

    static final String PG_USER = env("KS_DB_USER", "postgres");

    final String kind;
    final String url;
    final ConfigurableApplicationContext context;
    private final String pgDatabase;
    private final Path tempDir;

    private BenchPlatform(
            String kind, String url, String pgDatabase, Path tempDir, int poolSize, List<String> extraArgs) {
        this.kind = kind;
        this.url = url;
        this.pgDatabase = pgDatabase;
        this.tempDir = tempDir;
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (pgDatabase != null ? PG_USER : "sa"),
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize,
                "--ks.demo.enabled=false",
                "--ks.ordering.simulated-carrier.enabled=false",
                "--ks.search.index-dir=" + tempDir.resolve("index"),
                "--ks.storage.local-root=" + tempDir.resolve("files"),
                "--logging.level.root=warn",
                "--logging.level.com.ks.platform=warn"));
        args.addAll(extraArgs);
        this.context = SpringApplication.run(KsApplication.class, args.toArray(String[]::new));
    }

    /**
     * Boots the platform on a fresh database: {@code postgres} (a new database on {@link #PG_SERVER}, dropped by
     * {@link #close()}) or {@code h2} (a file database in a temporary folder, deleted by {@link #close()}). The pool
     * size is {@code KS_DB_POOL_SIZE} (the production setting), 10 when unset.
     */
    static BenchPlatform start(String kind, String name) {
        return start(kind, name, List.of());
    }

    /** As {@link #start(String, String)}, with more command-line properties ({@code --ks.search.rerank=false}). */
    static BenchPlatform start(String kind, String name, List<String> extraArgs) {
        int pool = Integer.parseInt(System.getProperty("ks.bench.pool", env("KS_DB_POOL_SIZE", "10")));
        Path temp;
        try {
            temp = Files.createTempDirectory("ks-bench-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (kind) {
            case "postgres" -> {
                String database = "ks_bench_" + name + "_" + Long.toString(System.nanoTime(), 36);
                createDatabase(database);
                yield new BenchPlatform(kind, PG_SERVER + database, database, temp, pool, extraArgs);
            }
            case "h2" ->
                new BenchPlatform(
                        kind,
                        "jdbc:h2:file:" + temp.resolve("ks")
                                + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;AUTO_SERVER=FALSE",
                        null,
                        temp,
                        pool,
                        extraArgs);
            default -> throw new IllegalArgumentException("unknown database kind " + kind + " (postgres or h2)");
        };
    }

    /**
     * Runs a benchmark and always exits — 0 when its correctness checks passed, 1 when not, 2 when it broke — since test
     * helpers start a non-daemon mock OIDC server that would otherwise keep the JVM alive.
     */
    static void exit(java.util.concurrent.Callable<Boolean> benchmark) {
        try {
            System.exit(benchmark.call() ? 0 : 1);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /** {@code ks.bench.databases}: the database kinds to run on, in order. */
    static List<String> databases() {
        return List.of(System.getProperty("ks.bench.databases", "postgres,h2").split(","));
    }

    void printHeader() {
        System.out.printf("%n== %s (%s), connection pool %d ==%n", kind, databaseVersion(), poolSize());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return bean(DataSource.class);
    }

    int poolSize() {
        return ((com.zaxxer.hikari.HikariDataSource) dataSource()).getMaximumPoolSize();
    }

    /** Database product and version, as the driver reports them. */
    String databaseVersion() {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
        if (pgDatabase != null) {
            dropDatabase(pgDatabase);
        }
        deleteTree(tempDir);
    }

    // ---- the people and things a placement needs ----

    /** A merchant of DIGITAL, signed up with its documents and approved by a compliance officer: it trades. */
    TestMerchants.Created tradingMerchant() {
        var merchants = new TestMerchants(context, this::actAs);
        TestMerchants.Created merchant = merchants.readyForReview(BusinessCategory.DIGITAL);
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.ks";
        asActor(
                null,
                "bench",
                EnumSet.of(Role.ADMIN),
                () -> bean(AccountService.class)
                        .createStaffAccount(new NewAccount(
                                officer, "合规专员", "good password 2026", EnumSet.of(Role.COMPLIANCE_OFFICER), true)));
        actAs(officer);
        try {
            var review = bean(MerchantReviewService.class);
            review.claim(merchant.id());
            List<UUID> seen = bean(MerchantDocumentService.class).documentsOf(merchant.id()).stream()
                    .map(MerchantDocument::id)
                    .toList();
            review.approve(merchant.id(), "资质齐全，准予入驻", seen);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return merchant;
    }

    /** A published product of the merchant with one SKU per price, each with the given stock. */
    ProductDetails product(TestMerchants.Created merchant, String title, int perOrderLimit, int stock, long... prices) {
        actAs(merchant.email());
        try {
            return bean(TestCatalog.class).publish(title, perOrderLimit, stock, prices);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Registered shoppers (through the service: Argon2 hashing, consents, audit) with one address each, two at a time. */
    List<Shopper> shoppers(int count) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Shopper>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                created.add(pool.submit(() -> shopper(n)));
            }
            List<Shopper> shoppers = new ArrayList<>();
            for (Future<Shopper> f : created) {
                shoppers.add(f.get());
            }
            return shoppers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private Shopper shopper(int n) {
        String email = "shopper-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.ks";
        bean(AccountService.class)
                .registerShopper(new RegisterShopper(email, "买家" + n, "good password 2026", true, true));
        UUID accountId = bean(AccountQueries.class).findByEmail(email).orElseThrow();
        UUID addressId = asActor(
                accountId,
                email,
                EnumSet.of(Role.SHOPPER),
                () -> bean(AddressService.class)
                        .add(new AddressForm("买家" + n, "13800138000", "330000", "330100", "330106", "文三路 90 号", true))
                        .id());
        return new Shopper(accountId, email, addressId);
    }

    record Shopper(UUID accountId, String email, UUID addressId) {}

    /** Signs this thread in as an existing account, as KsIntegrationTest.actAs does (roles from the database). */
    void actAs(String email) {
        UserDetails user = bean(UserDetailsService.class).loadUserByUsername(email);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    /** Signs this thread in as the given account and roles without a database round trip. */
    static void signIn(UUID accountId, String label, Set<Role> roles) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new BenchActor(accountId, label),
                null,
                roles.stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(security);
    }

    static <T> T asActor(UUID accountId, String label, Set<Role> roles, java.util.function.Supplier<T> work) {
        signIn(accountId, label, roles);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record BenchActor(UUID accountId, String label) implements ActorPrincipal {}

    // ---- databases, processes, figures ----

    static void createDatabase(String name) {
        adminSql("CREATE DATABASE " + name);
    }

    static void dropDatabase(String name) {
        adminSql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void adminSql(String sql) {
        var login = new java.util.Properties();
        login.setProperty("user", PG_USER);
        // the driver itself, not DriverManager: under exec:java the driver sits in a class loader DriverManager ignores
        try (Connection c = new org.postgresql.Driver().connect(PG_SERVER + "postgres", login);
                var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The value below which {@code p} of the sorted samples lie (nearest rank). */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    /** The answers of repeated calls after a warm-up, in call order, with the calls' durations sorted (for percentiles). */
    record Sample<T>(long[] sortedNanos, List<T> answers) {}

    static <T> Sample<T> sample(int warmups, int calls, java.util.function.IntFunction<T> call) {
        for (int i = 0; i < warmups; i++) {
            call.apply(i);
        }
        List<Long> nanos = new java.util.ArrayList<>();
        List<T> answers = new java.util.ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long began = System.nanoTime();
            answers.add(call.apply(i));
            nanos.add(System.nanoTime() - began);
        }
        return new Sample<>(sorted(nanos), answers);
    }

    static long[] sorted(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }

    static String machine() {
        return "%d cores, %.1f GiB max heap, Java %s (%s)"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
                        System.getProperty("java.version"),
                        System.getProperty("java.vm.name"));
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
