package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.compliance.audits.AuditTaskService;
import com.ks.platform.merchant.BusinessCategory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 违规处理 in the browser: an officer delists a product (it leaves search within seconds), the merchant appeals in the
 * portal and the second officer grants it (four-eyes); with screenshots of the overview, a rating, an audit task and
 * the regulator export page.
 */
class ViolationAppealJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";

    @Autowired
    ApplicationContext spring;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    CreditRatingService ratings;

    @Autowired
    AuditTaskService audits;

    @Test
    void a_delisted_product_leaves_search_the_merchant_appeals_and_the_second_officer_lifts_the_penalty() {
        var merchant = new TestMerchants(spring, this::actAs).approved(BusinessCategory.DIGITAL, "compliance@ks.demo");
        String token = "旅程" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        actAs(merchant.email());
        var product = testCatalog.publish(token + " 降噪耳机", 5, 10, 29_900);
        actAs("compliance@ks.demo");
        ratings.recompute(merchant.id());
        UUID task = audits.list(null, 0, 1).isEmpty()
                ? audits.drawSample().getFirst()
                : audits.list(null, 0, 1).getFirst().id();
        SecurityContextHolder.clearContext();
        searchFinds(token, true);

        signIn("compliance@ks.demo", PASSWORD);
        settle();
        shot("overview");
        page.navigate("/compliance/ratings/" + merchant.id());
        settle();
        shot("rating");
        page.navigate("/compliance/audits/" + task);
        settle();
        shot("audit-task");
        page.navigate("/compliance/exports");
        settle();
        shot("exports");

        page.navigate("/compliance/violations/new?merchant=" + merchant.id());
        settle();
        page.getByLabel("违规类型").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("虚假宣传"))
                .click();
        Locator products = page.getByLabel("涉及商品");
        products.fill(token);
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(token))
                .click();
        page.keyboard().press("Escape");
        page.getByLabel("违规情况").fill("详情页宣称“国家级降噪”，无法提供依据（《广告法》第九条）");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录并执行处罚"))
                .click();
        page.waitForURL(url -> url.matches(".*/compliance/violations/[0-9a-f-]{36}$"));
        String violationUrl = page.url().substring(page.url().indexOf("/compliance/"));
        settle();
        searchFinds(token, false);

        newPage(1366, 900, "zh-CN");
        signIn(merchant.email(), "good password 1");
        page.navigate(violationUrl.replace("/compliance/", "/merchant/"));
        settle();
        page.getByLabel("申诉理由").fill("“国家级”已删除，附检测报告，请求恢复上架");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申诉"))
                .click();
        assertThat(page.getByText("申诉已提交，裁决结果会通知您。")).isVisible();
        shot("appealed");

        newPage(1366, 900, "zh-CN");
        signIn("compliance2@ks.demo", PASSWORD);
        page.navigate(violationUrl);
        settle();
        page.getByLabel("裁决理由").fill("商家已整改并提供检测报告");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("采纳申诉并撤销处罚"))
                .click();
        assertThat(page.getByText("已采纳申诉，处罚已撤销。")).isVisible();
        shot("granted");
        searchFinds(token, true);
    }

    /** Searches as a visitor until the product is (or is no longer) found: the index follows within seconds. */
    private void searchFinds(String token, boolean expected) {
        var visitorContext = page.context().browser().newContext();
        Page visitor = visitorContext.newPage();
        try {
            for (int attempt = 0; attempt < 30; attempt++) {
                visitor.navigate(baseUrl() + "/search?q=" + token);
                visitor.waitForLoadState();
                visitor.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
                boolean found = visitor.getByText(token + " 降噪耳机").count() > 0;
                if (found == expected) {
                    return;
                }
                visitor.waitForTimeout(500);
            }
            throw new AssertionError("search for " + token + " should " + (expected ? "" : "not ") + "find it");
        } finally {
            visitorContext.close();
        }
    }
}
