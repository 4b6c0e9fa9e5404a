package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A shopper downloads a copy of their data, asks the personal-information officers a question and closes the account;
 * an officer finds the question in the queue with its deadline.
 */
class PrivacyJourneyTest extends BrowserTest {

    private static final String PASSWORD = "good password 2026";

    @Autowired
    AccountService accounts;

    @Test
    void a_shopper_downloads_their_data_asks_a_question_and_closes_the_account() throws Exception {
        String email = uniqueEmail("journey-pipl");
        accounts.registerShopper(new RegisterShopper(email, "林晓", PASSWORD, true, true));
        signIn(email, PASSWORD);
        page.navigate("/account/privacy");
        settle();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("隐私中心")))
                .isVisible();
        shot("privacy-centre");

        Download json = page.waitForDownload(
                () -> page.locator("#privacy-download-json").click());
        String copy = Files.readString(json.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(copy).contains(email, "\"consents\"", "林晓");
        Download summary = page.waitForDownload(
                () -> page.locator("#privacy-download-summary").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(summary.path(), StandardCharsets.UTF_8))
                .contains("账户资料", email);

        page.locator("#privacy-request-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("咨询"))
                .click();
        page.getByLabel("请求内容").fill("注销以后订单还会保存多久？");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交请求"))
                .click();
        settle();
        assertThat(page.getByText("我的隐私请求")).isVisible();

        page.locator("#privacy-closure")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("注销账户"))
                .click();
        settle();
        shot("close-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认注销"))
                .click();
        page.waitForURL(url -> !url.contains("/account/privacy"));
        settle();

        // within the grace period, signing in again keeps the account
        signIn(email, PASSWORD);
        page.navigate("/account/privacy");
        settle();
        assertThat(page.locator("#privacy-closure")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("注销账户")))
                .isVisible();
    }

    @Test
    void an_officer_answers_a_privacy_request_from_the_queue() {
        String email = uniqueEmail("journey-pipl-q");
        accounts.registerShopper(new RegisterShopper(email, "周敏", PASSWORD, true, false));
        signIn(email, PASSWORD);
        page.navigate("/account/privacy");
        settle();
        page.locator("#privacy-request-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("投诉"))
                .click();
        page.getByLabel("请求内容").fill("我关闭了个性化推荐，首页还在推荐我看过的商品。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交请求"))
                .click();
        settle();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("YS-\\d{8}-[A-Z]+")
                .matcher(page.locator("body").innerText());
        org.assertj.core.api.Assertions.assertThat(number.find()).isTrue();

        newPage(1366, 900, "zh-CN");
        signIn("compliance@ks.demo", "ks-demo-2026");
        page.navigate("/compliance/privacy-requests");
        settle();
        assertThat(page.getByText("我关闭了个性化推荐").first()).isVisible();
        shot("privacy-requests");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number.group()))
                .click();
        page.waitForURL(url -> url.matches(".*/compliance/privacy-requests/[0-9a-f-]{36}$"));
        settle();
        assertThat(page.getByText("答复期限").first()).isVisible();
        shot("privacy-request");
        page.getByLabel("答复（发送到请求人的站内信）").fill("个性化推荐关闭后，首页改为按热销推荐；你看到的是热销商品。");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发送答复并结案"))
                .click();
        settle();
        assertThat(page.getByText("已答复").first()).isVisible();
    }
}
