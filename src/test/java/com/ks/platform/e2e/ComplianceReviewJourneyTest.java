package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The officer's queue and a review page with its documents inline; a merchant uploading through the real upload
 * component. With {@code -Dks.docs.screenshots=true} the pictures also go to docs/screenshots.
 */
class ComplianceReviewJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";
    private static final Path DOCS = Boolean.getBoolean("ks.docs.screenshots") ? Path.of("docs", "screenshots") : SHOTS;

    @Autowired
    ApplicationContext context;

    @Test
    void a_new_merchant_uploads_its_licence_a_disguised_file_is_refused_and_it_submits_for_review() {
        var merchant = new TestMerchants(context, this::actAs).signUp(BusinessCategory.BOOKS);
        SecurityContextHolder.clearContext();
        signIn(merchant.email(), "good password 1");
        page.navigate("/merchant/onboarding");
        settle();
        Locator upload = page.locator("vaadin-upload input[type=file]");

        // the first missing document is offered, with the company name from the sign-up
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("文件类型 营业执照")))
                .isVisible();
        assertThat(page.getByLabel("执照上的企业名称")).hasValue(TestMerchants.COMPANY);
        upload.setInputFiles(
                new FilePayload("licence.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("已选择：licence.png")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存文件"))
                .click();
        assertThat(page.getByText("文件内容不是 PDF、JPG 或 PNG（仅修改扩展名无效），未保存。")).isVisible();

        upload.setInputFiles(new FilePayload("licence.png", "image/png", TestMerchants.png()));
        assertThat(page.getByText("已选择：licence.png")).isVisible();
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存文件"))
                .click();
        assertThat(page.getByText("文件已保存。")).isVisible();
        settle();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("licence.png")))
                .hasCount(1);
        shot("uploaded");

        // the checklist is complete: review starts when the merchant says so
        assertThat(page.locator("#onboarding-stage")).hasText("待提交审核");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核"))
                .click();
        settle();
        assertThat(page.locator("#onboarding-stage")).hasText("审核中");
    }

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
