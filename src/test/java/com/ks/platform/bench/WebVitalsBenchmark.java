package com.ks.platform.bench;

import com.ks.platform.KsApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * LCP, CLS and total blocking time of the home, a product page and the cart in Debian's Chromium, cold (a fresh
 * browser profile) and warm (the same page again), with the bytes the browser downloaded. The platform runs in this
 * JVM on an H2 database in a temporary folder with the demo data (the production bundle needs the production profile,
 * so this measures the development-mode bundle unless {@code -Dvaadin.productionMode=true} is given with a production
 * build, or {@code -Dks.bench.url=http://localhost:8080} against a platform already running, e.g. the production jar).
 * A measurement, never a pass/fail: it prints a Markdown table for docs/benchmarks.md.
 *
 * <pre>./mvnw -B -q -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.WebVitalsBenchmark</pre>
 */
public final class WebVitalsBenchmark {

    /** Observes LCP, layout shifts and long tasks from navigation start; read after the page has settled. */
    private static final String OBSERVE = """
            window.__vitals = {lcp: 0, cls: 0, tbt: 0};
            new PerformanceObserver(l => l.getEntries().forEach(e => window.__vitals.lcp = e.startTime))
                .observe({type: 'largest-contentful-paint', buffered: true});
            new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) window.__vitals.cls += e.value; }))
                .observe({type: 'layout-shift', buffered: true});
            new PerformanceObserver(l => l.getEntries().forEach(e => window.__vitals.tbt += Math.max(0, e.duration - 50)))
                .observe({type: 'longtask', buffered: true});
            """;

    private static final String READ = """
            () => {
              const nav = performance.getEntriesByType('navigation')[0];
              const bytes = performance.getEntriesByType('resource').reduce((s, r) => s + (r.transferSize || 0),
                  nav ? nav.transferSize : 0);
              return [window.__vitals.lcp, window.__vitals.cls, window.__vitals.tbt, bytes];
            }""";

    private WebVitalsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String external = System.getProperty("ks.bench.url");
        if (external != null) {
            // a platform already running, e.g. the production jar: java -jar target/ks-order-platform-*.jar
            System.exit(measureAll(external));
        }
        Path temp = Files.createTempDirectory("ks-vitals");
        ConfigurableApplicationContext app = SpringApplication.run(
                KsApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db") + ";DEFAULT_NULL_ORDERING=HIGH",
                "--ks.demo.enabled=true",
                "--ks.search.index-dir=" + temp.resolve("index"),
                "--ks.storage.local-root=" + temp.resolve("files"),
                "--logging.level.root=warn");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        int exit;
        try {
            exit = measureAll("http://localhost:" + port);
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    private static int measureAll(String base) {
        int exit = 0;
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(System.getProperty("ks.chromium", "/usr/bin/chromium")))
                            .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            String productPath = productPath(browser, base);
            System.out.println("| page | visit | LCP ms | CLS | TBT ms | downloaded KiB |");
            System.out.println("|---|---|---|---|---|---|");
            for (String path : List.of("/", productPath, "/cart")) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
                context.addInitScript(OBSERVE);
                Page page = context.newPage();
                measure(page, base + path, path, "cold");
                measure(page, base + path, path, "warm");
                context.close();
            }
            browser.close();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 2;
        }
        return exit;
    }

    private static String productPath(Browser browser, String base) {
        Page page = browser.newPage();
        page.navigate(base + "/search?q=%E6%89%8B%E6%9C%BA");
        page.waitForSelector(".ks-product-card a, a.ks-product-card");
        String href = (String) page.evaluate(
                "() => { const a = document.querySelector('a[href*=\"product/\"]'); return a.getAttribute('href'); }");
        page.close();
        return "/" + href.replaceFirst("^/", "");
    }

    private static void measure(Page page, String url, String path, String visit) {
        page.navigate(url);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForTimeout(1_000);
        @SuppressWarnings("unchecked")
        List<Number> v = (List<Number>) page.evaluate(READ);
        System.out.printf(
                "| %s | %s | %.0f | %.3f | %.0f | %.0f |%n",
                path.length() > 20 ? "/product/…" : path,
                visit,
                v.get(0).doubleValue(),
                v.get(1).doubleValue(),
                v.get(2).doubleValue(),
                v.get(3).doubleValue() / 1024);
    }
}
