package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Each role signs in through the real login page and lands on its own surface; wrong roles are refused. */
class SurfacesJourneyTest extends BrowserTest {

    private static final String PASSWORD = "ks-demo-2026";

    @Test
    void a_visitor_sees_the_storefront_styled_and_in_chinese() {
        page.navigate("/");
        settle();
        assertThat(page.getByText("好物多，买得放心")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("数码优选旗舰店")))
                .isVisible();
        String primary = (String) page.evaluate(
                "() => getComputedStyle(document.documentElement).getPropertyValue('--lumo-primary-color').trim()");
        org.assertj.core.api.Assertions.assertThat(primary)
                .as("the project stylesheet is applied")
                .isNotEmpty();
        shot("home");
        newPage(375, 812, "zh-CN");
        page.navigate("/");
        settle();
        assertThat(page.getByText("好物多，买得放心")).isVisible();
        shot("home-phone");
    }

    @Test
    void a_visitor_switches_to_english_and_the_choice_sticks() {
        page.navigate("/");
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        assertThat(page.getByText("Great finds, bought with confidence")).isVisible();
        settle();
        page.navigate("/login");
        settle();
        assertThat(page.locator("vaadin-login-form")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        shot("login-en");
    }

    @Test
    void the_shopper_signs_in_and_lands_on_the_storefront() {
        signIn("shopper@ks.demo", PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.getByText("李明")).isVisible();
        shot("storefront");
    }

    @Test
    void the_merchant_signs_in_to_the_merchant_portal() {
        signIn("merchant@ks.demo", PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/merchant");
        assertThat(page.getByText("欢迎回来，数码优选旗舰店")).isVisible();
        shot("merchant");
    }

    @Test
    void the_agent_signs_in_to_the_workbench() {
        signIn("agent@ks.demo", PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/workbench");
        assertThat(page.getByText("你好，客服 刘洋")).isVisible();
        shot("workbench");
    }

    @Test
    void the_officer_signs_in_to_compliance_and_sees_the_review_queue() {
        signIn("compliance@ks.demo", PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/compliance");
        assertThat(page.getByText("潮流衣橱工作室")).isVisible();
        shot("compliance");
    }

    @Test
    void the_administrator_signs_in_to_administration() {
        signIn("admin@ks.demo", PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/admin");
        assertThat(page.getByText("各角色账户数")).isVisible();
        shot("admin");
    }

    @Test
    void each_surface_refuses_a_shopper_in_the_browser_too() {
        signIn("shopper@ks.demo", PASSWORD);
        for (String surface : new String[] {"/merchant", "/workbench", "/compliance", "/admin"}) {
            page.navigate(surface);
            settle();
            assertThat(page.getByText("没有访问权限")).isVisible();
        }
        shot("denied");
    }
}
