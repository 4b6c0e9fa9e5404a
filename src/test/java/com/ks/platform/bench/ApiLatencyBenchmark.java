package com.ks.platform.bench;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.identity.ExternalLoginService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * API latency over real HTTP (Java's HttpClient as the load driver, one connection pool per client): product search,
 * product detail and the shopper's cart (bearer token of a mock OIDC provider, each client its own shopper), at 1 and
 * 32 concurrent clients, p50/p95/p99 and requests per second, on PostgreSQL; pgbench's TPC-B-like figure measured
 * right after each round on the same server, as the yardstick of what the machine did at that moment.
 *
 * <p>Run with {@code ./mvnw -B -q -ntp -Pbench test-compile exec:java
 * -Dexec.mainClass=com.ks.platform.bench.ApiLatencyBenchmark}. System properties: {@code ks.bench.databases}
 * (postgres), {@code ks.bench.calls} (per client and round, 200), {@code ks.bench.clients} (1,32). Rate limits are
 * lifted for the run (they are not what is measured). Exits 1 when an answer is not 200, never on timing.
 */
public final class ApiLatencyBenchmark {

    private static final String ISSUER = "ks-bench";

    private ApiLatencyBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(ApiLatencyBenchmark::measure);
    }

    private record Round(String operation, int clients, long[] sortedNanos, double seconds, int failures) {}

    private static boolean measure() throws Exception {
        int calls = Integer.getInteger("ks.bench.calls", 200);
        List<Integer> clientCounts = List.of(
                        System.getProperty("ks.bench.clients", "1,32").split(","))
                .stream()
                .map(Integer::parseInt)
                .toList();
        MockOAuth2Server oidc = new MockOAuth2Server();
        oidc.start();
        String issuer = oidc.issuerUrl(ISSUER).toString();
        System.setProperty("ks.api.jwt-issuer-uri", issuer);
        for (String limit : List.of("api-public-per-client", "api-per-account")) {
            System.setProperty("ks.rate-limits." + limit + ".capacity", "1000000000");
            System.setProperty("ks.rate-limits." + limit + ".period", "PT1H");
        }
        boolean ok = true;
        System.out.println("machine: " + BenchPlatform.machine());
        try {
            for (String database :
                    List.of(System.getProperty("ks.bench.databases", "postgres").split(","))) {
                try (BenchPlatform platform = BenchPlatform.start(database, "api");
                        Pgbench pgbench = database.equals("postgres") ? Pgbench.initialised() : null) {
                    platform.printHeader();
                    String base = "http://127.0.0.1:"
                            + ((WebServerApplicationContext) platform.context)
                                    .getWebServer()
                                    .getPort();
                    TestMerchants.Created merchant = platform.tradingMerchant();
                    List<ProductDetails> products = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        products.add(platform.product(merchant, "接口基准保温杯 " + i, 5, 100_000, 3_900 + i));
                    }
                    platform.bean(SearchService.class).catchUp();
                    int most = clientCounts.stream().max(Integer::compare).orElse(1);
                    List<String> tokens = new ArrayList<>();
                    for (BenchPlatform.Shopper shopper : platform.shoppers(most)) {
                        tokens.add(token(platform, oidc, issuer, shopper.email()));
                    }
                    String search =
                            "/api/v1/products?q=" + URLEncoder.encode("保温杯", StandardCharsets.UTF_8) + "&size=20";
                    System.out.printf(
                            "%-16s %7s %8s %8s %8s %9s %12s%n",
                            "operation", "clients", "p50 ms", "p95 ms", "p99 ms", "req/s", "pgbench tps");
                    for (int clients : clientCounts) {
                        for (String operation : List.of("search", "product detail", "cart")) {
                            Round round = round(operation, clients, calls, n -> switch (operation) {
                                case "search" -> request(base + search, null);
                                case "product detail" ->
                                    request(
                                            base + "/api/v1/products/"
                                                    + products.get(n % products.size())
                                                            .id(),
                                            null);
                                default -> request(base + "/api/v1/cart", tokens.get(n % tokens.size()));
                            });
                            ok &= round.failures() == 0;
                            // measured right after, so both see the same server, disk and neighbours
                            String tps = pgbench == null ? "-" : "%.0f".formatted(pgbench.tps(clients, 10));
                            System.out.printf(
                                    "%-16s %7d %8.1f %8.1f %8.1f %9.0f %12s%s%n",
                                    operation,
                                    clients,
                                    BenchPlatform.percentile(round.sortedNanos(), 0.50),
                                    BenchPlatform.percentile(round.sortedNanos(), 0.95),
                                    BenchPlatform.percentile(round.sortedNanos(), 0.99),
                                    round.sortedNanos().length / round.seconds(),
                                    tps,
                                    round.failures() == 0 ? "" : "  FAILED: " + round.failures() + " answers not 200");
                        }
                    }
                }
            }
        } finally {
            oidc.shutdown();
        }
        return ok;
    }

    /** A shopper linked to the mock provider (verified e-mail), and an access token for the cart. */
    private static String token(BenchPlatform platform, MockOAuth2Server oidc, String issuer, String email) {
        String subject = "bench-" + email;
        Instant now = Instant.now();
        platform.bean(ExternalLoginService.class)
                .signIn(new DefaultOidcUser(
                        List.of(),
                        new OidcIdToken(
                                "id-token",
                                now,
                                now.plusSeconds(600),
                                Map.of("iss", issuer, "sub", subject, "email", email, "email_verified", true))));
        return oidc.issueToken(
                        ISSUER,
                        subject,
                        new DefaultOAuth2TokenCallback(
                                ISSUER, subject, "JWT", List.of("ks-api"), Map.of("scope", "cart:read"), 7200))
                .serialize();
    }

    private static HttpRequest request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Each client on its own thread and connection pool: a warm-up of 20 calls, then {@code calls} timed ones. */
    private static Round round(
            String operation, int clients, int calls, java.util.function.IntFunction<HttpRequest> next)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        int[] failures = {0};
        try {
            List<Future<?>> done = new ArrayList<>();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(clients);
            long[] began = new long[1];
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    try (HttpClient http = HttpClient.newHttpClient()) {
                        for (int i = 0; i < 20; i++) {
                            http.send(next.apply(client + i * clients), HttpResponse.BodyHandlers.discarding());
                        }
                        if (start.await() == 0) {
                            began[0] = System.nanoTime();
                        }
                        for (int i = 0; i < calls; i++) {
                            long t = System.nanoTime();
                            int status = http.send(
                                            next.apply(client + i * clients), HttpResponse.BodyHandlers.ofString())
                                    .statusCode();
                            nanos.add(System.nanoTime() - t);
                            if (status != 200) {
                                synchronized (failures) {
                                    failures[0]++;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - began[0]) / 1e9;
            return new Round(operation, clients, BenchPlatform.sorted(nanos), seconds, failures[0]);
        } finally {
            pool.shutdown();
        }
    }
}
