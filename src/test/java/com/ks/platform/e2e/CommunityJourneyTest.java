package com.ks.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ks.platform.TestMerchants;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo community as people meet it: a visitor reads the feed, a post and 问大家 on a product page, in Chinese and
 * in English; a shopper publishes a post with a photo and lands on it.
 */
class CommunityJourneyTest extends BrowserTest {

    private void readTheCommunity(String suffix, String productPostsHeading) {
        page.navigate("/community");
        settle();
        assertThat(page.locator(".ks-community-post").first()).isVisible();
        shot("feed-" + suffix);
        page.locator(".ks-community-replies-link").first().click();
        page.waitForURL(url -> url.contains("/community/posts/"));
        settle();
        assertThat(page.locator(".ks-community-post")).hasCount(1);
        shot("post-" + suffix);
        page.navigate("/community");
        settle();
        // the oldest demo post is about the product whose question has two answers
        page.locator(".ks-community-product").last().click();
        page.waitForURL(url -> url.contains("/product/"));
        settle();
        Locator questions = page.locator(".ks-product-questions");
        questions.scrollIntoViewIfNeeded();
        assertThat(questions.locator(".ks-community-answer").first()).isVisible();
        assertThat(page.getByText(productPostsHeading).first()).isVisible();
        shot("questions-" + suffix);
    }

    @Test
    void a_visitor_reads_the_feed_a_post_and_the_questions_on_a_product_in_both_languages() {
        readTheCommunity("zh", "社区晒单");
        newPage(1366, 900, "zh-CN");
        page.navigate("/community");
        settle();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to English"))
                .click();
        settle();
        assertThat(page.getByText("Latest").first()).isVisible();
        readTheCommunity("en", "Community posts");
    }

    @Test
    void a_shopper_publishes_a_post_with_a_photo() {
        signIn("shopper@ks.demo", "ks-demo-2026");
        page.navigate("/community/new");
        settle();
        String text = "浏览器里发的帖子 #桌面改造# " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("内容").fill(text);
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("desk.png", "image/png", TestMerchants.png()));
        assertThat(page.locator(".ks-review-photo-tile")).hasCount(1);
        shot("new-post");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("发布").setExact(true))
                .click();
        page.waitForURL(url -> url.contains("/community/posts/"));
        settle();
        assertThat(page.getByText(text)).isVisible();
        assertThat(page.locator(".ks-community-post img").first()).isVisible();
    }
}
