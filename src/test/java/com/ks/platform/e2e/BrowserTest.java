package com.ks.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * Real-browser journeys in Debian's Chromium (never a downloaded browser). Every journey fails on a console error, an
 * uncaught page error, a failed request or a 5xx answer.
 */
public abstract class BrowserTest extends KsIntegrationTest {

    protected static final Path SHOTS = Path.of("target", "e2e-screenshots");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    private final List<String> problems = new ArrayList<>();
    private String testName;

    @BeforeAll
    static void launchChromium() {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("ks.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo info) throws Exception {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("journey");
        Files.createDirectories(SHOTS);
        newPage(1366, 900, "zh-CN");
    }

    /** A fresh browser profile (no cookies) with the given viewport and browser language. */
    protected void newPage(int width, int height, String locale) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setBaseURL(baseUrl()));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error: " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onRequestFailed(request -> problems.add("failed request: " + request.url() + " " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 500) {
                problems.add(response.status() + " from " + response.url());
            }
        });
    }

    @AfterEach
    void assertNothingWentWrong() {
        if (context != null) {
            context.close();
            context = null;
        }
        assertThat(problems).as("browser problems during " + testName).isEmpty();
    }

    protected void shot(String step) {
        // a dialog still fading in or out would be caught half-drawn
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getTiming().iterations === Infinity)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(testName + "-" + step + ".png"))
                .setFullPage(true));
    }

    /** Waits until Vaadin has rendered the view and has no request in flight. */
    protected void settle() {
        page.waitForLoadState();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Signs in through the login page as a person would (Chinese labels: the default language). */
    protected void signIn(String email, String password) {
        page.navigate("/login");
        settle();
        Locator form = page.locator("vaadin-login-form");
        form.getByLabel("邮箱").fill(email);
        form.getByLabel("密码").fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        settle();
    }
}
