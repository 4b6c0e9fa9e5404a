package com.ks.platform.bench;

import com.ks.platform.KsApplication;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server heap held per storefront session. Boots the platform in this JVM, opens N sessions with plain HTTP clients
 * that load the home page and replay the browser's UI-init request (so a real Vaadin UI exists per session), forces
 * GC and compares live heap with and without them. Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.SessionHeapBenchmark}.
 */
public final class SessionHeapBenchmark {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private SessionHeapBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        ConfigurableApplicationContext app = SpringApplication.run(
                KsApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH",
                "--ks.search.index-dir=" + System.getProperty("java.io.tmpdir") + "/ks-bench-index-"
                        + System.nanoTime(),
                "--ks.demo.enabled=true",
                "--logging.level.root=warn");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String base = "http://localhost:" + port;
        List<String> keep = new ArrayList<>();
        // warm-up: class loading, caches and JIT state must not be counted per session
        for (int i = 0; i < 100; i++) {
            keep.add(anonymousVisitor(base));
            keep.add(signedInShopper(base));
        }
        // two rounds of each kind; the second round is the steadier figure (lazily built caches are filled by then)
        long before = liveHeap();
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < sessions; i++) {
                keep.add(anonymousVisitor(base));
            }
            long afterVisitors = liveHeap();
            for (int i = 0; i < sessions; i++) {
                keep.add(signedInShopper(base));
            }
            long afterShoppers = liveHeap();
            System.out.printf(
                    "round %d: anonymous visitor on the home page %,d bytes per session; signed-in shopper"
                            + " (3 cart lines, recommendations) on the home page %,d bytes per session (%d sessions each)%n",
                    round, (afterVisitors - before) / sessions, (afterShoppers - afterVisitors) / sessions, sessions);
            before = afterShoppers;
        }
        System.out.println("clients kept alive: " + keep.size());
        app.close();
    }

    /** One client for all sessions, cookies kept by hand: client-side memory must not count as server heap. */
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String anonymousVisitor(String base) throws Exception {
        String cookie = sessionCookie(get(base + "/", null), null);
        initUi(base, cookie);
        return cookie;
    }

    private static String signedInShopper(String base) throws Exception {
        HttpResponse<String> login = get(base + "/login", null);
        String cookie = sessionCookie(login, null);
        Matcher csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        String form = "username=shopper%40ks.demo&password=ks-demo-2026&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = CLIENT.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = sessionCookie(signedIn, cookie);
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/signed-in")) {
            throw new IllegalStateException("sign-in failed");
        }
        get(base + "/", cookie);
        initUi(base, cookie);
        return cookie;
    }

    /** What the browser's bootstrap script asks for: the server creates the UI and answers with its id. */
    private static void initUi(String base, String cookie) throws Exception {
        String init = get(base + "/?v-r=init&location=&query=", cookie).body();
        if (!init.contains("\"v-uiId\"")) {
            throw new IllegalStateException("no UI was created: " + init.substring(0, Math.min(200, init.length())));
        }
    }

    private static String sessionCookie(HttpResponse<String> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(previous);
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
