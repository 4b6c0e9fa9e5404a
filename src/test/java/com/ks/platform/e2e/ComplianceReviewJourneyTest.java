package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The officer's queue and a review page with its documents inline; the pending merchant's own page. */
class ComplianceReviewJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";
    private static final Path DOCS = Path.of("docs", "screenshots");

    @Test
    void the_officer_opens_a_waiting_merchant_from_the_queue_and_sees_its_documents_inline() throws Exception {
        Files.createDirectories(DOCS);
        signIn("compliance@ks.demo", PASSWORD);
        assertThat(page.getByText("潮流衣橱工作室")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(DOCS.resolve("compliance-queue.png"))
                .setFullPage(true));

        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("潮流衣橱工作室"))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/compliance/review/"));
        settle();
        assertThat(page.getByText("系统核查")).isVisible();
        Locator pages = page.locator("img.ks-document-page");
        assertThat(pages).hasCount(2);
        page.waitForFunction("() => Array.from(document.querySelectorAll('img.ks-document-page'))"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        page.setViewportSize(1366, 1500);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("认领审核"))
                .click();
        settle();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("通过")))
                .isVisible();
        page.waitForFunction("() => Array.from(document.querySelectorAll('img.ks-document-page'))"
                + ".every(i => i.complete && i.naturalWidth > 0)");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(DOCS.resolve("compliance-review.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("释放"))
                .click();
        settle();
    }

    @Test
    void a_merchant_waiting_for_review_sees_its_documents_and_notices() throws Exception {
        Files.createDirectories(DOCS);
        signIn("baby@ks.demo", PASSWORD);
        assertThat(page.getByText("资质文件").first()).isVisible();
        assertThat(page.getByText("站内通知")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(DOCS.resolve("merchant-onboarding.png"))
                .setFullPage(true));
    }
}
