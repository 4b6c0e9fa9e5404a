package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A merchant that signed up and submitted its documents waits; the compliance officer approves it in the review
 * queue; the merchant then reaches its portal and may publish — the loop from sign-up to trading.
 */
class MerchantApprovalJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void an_officer_approves_a_new_merchant_who_can_then_publish() {
        var merchant = new TestMerchants(context, this::actAs).readyForReview(BusinessCategory.HOME);
        SecurityContextHolder.clearContext();

        signIn(merchant.email(), "good password 1");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/merchant/onboarding"));
        page.navigate("/merchant/products/new");
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/merchant/onboarding"));

        newPage(1366, 1200, "zh-CN");
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(merchant.storeName()))
                .first()
                .click();
        page.waitForURL(url -> url.contains("/compliance/review/"));
        settle();
        button("认领审核").click();
        settle();
        button("通过").click();
        settle();
        assertThat(page.getByText("已通过审核。")).isVisible();
        shot("approved");

        newPage(1366, 900, "zh-CN");
        signIn(merchant.email(), "good password 1");
        page.navigate("/merchant/products/new");
        settle();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/merchant/products/new"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成 SKU 表")))
                .isVisible();
        shot("may-publish");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
