package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 先用后付 in Chromium: the demo shopper's credit page (limit, factors, plans) and compliance's assessments; the
 * shots go to docs/screenshots through .ci/refresh-screenshots.
 */
class CreditJourneyTest extends BrowserTest {

    @Test
    void the_shopper_sees_the_limit_the_factors_behind_it_and_the_installment_plans() throws Exception {
        signIn("shopper@ks.demo", "ks-demo-2026");
        page.navigate("/account/credit");
        settle();
        assertThat(page.locator("#credit-available")).isVisible();
        assertThat(page.locator("#credit-plans")).isVisible();
        page.locator("#credit-plans vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("6 期"))
                .first()
                .click();
        settle();
        shot("credit");
    }

    @Test
    void compliance_sees_the_automated_assessments() throws Exception {
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.navigate("/compliance/credit");
        settle();
        assertThat(page.locator("#credit-assessments")).isVisible();
        shot("assessments");
    }
}
