package com.ks.platform.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class KnowledgeServiceTest extends KnowledgeTestSupport {

    @Test
    void a_draft_is_invisible_to_readers_until_the_lead_publishes_it_and_disappears_again_when_unpublished() {
        String slug = uniqueSlug("draft");
        String word = "draftword" + slug.substring(slug.length() - 8).replaceAll("[0-9]", "x");
        UUID id = draftArticle(draft(slug, "草稿文章 " + word, "<p>还没准备好 " + word + "</p>"));
        assertThat(queries.article(slug, ZH)).isEmpty();
        assertThat(queries.search(word, ZH, 5)).isEmpty();

        actAs(LEAD);
        knowledge.publish(id);
        assertThat(queries.article(slug, ZH))
                .get()
                .extracting(ArticleDetails::title)
                .isEqualTo("草稿文章 " + word);
        assertThat(queries.search(word, ZH, 5)).extracting(ArticleSummary::slug).containsExactly(slug);

        knowledge.unpublish(id);
        assertThat(queries.article(slug, ZH)).isEmpty();
        assertThat(queries.search(word, ZH, 5)).isEmpty();
    }

    @Test
    void saving_removes_scripts_event_handlers_and_foreign_images_but_keeps_the_formatting() {
        String slug = uniqueSlug("clean");
        UUID id = publishedArticle(draft(
                slug,
                "安全的正文",
                "<h3>步骤</h3><p onclick=\"steal()\">第一步<script>alert(1)</script></p>"
                        + "<img src=\"https://tracker.example/p.gif\"><a href=\"javascript:alert(1)\">点我</a>"
                        + "<ul><li><strong>重点</strong></li></ul>"));
        String body = queries.article(slug, ZH).orElseThrow().bodyHtml();
        assertThat(body)
                .doesNotContain("script", "onclick", "tracker.example", "javascript:")
                .contains("<h3>步骤</h3>", "<strong>重点</strong>", "第一步");
        actAs(LEAD);
        assertThat(knowledge.editable(id).draft().bodyZh()).doesNotContain("script", "onclick");
    }

    @Test
    void an_address_must_be_lower_case_words_with_hyphens_and_unused() {
        String taken = uniqueSlug("taken");
        draftArticle(draft(taken, "已经存在的文章", "<p>正文</p>"));
        actAs(LEAD);
        for (String bad : new String[] {"Bad Slug", "a", "中文地址", "trailing-", "under_score"}) {
            assertThatThrownBy(() -> knowledge.create(draft(bad, "一个标题", "<p>正文</p>")))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            RuleViolated.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("slug", "error.knowledge.slug"));
        }
        assertThatThrownBy(() -> knowledge.create(draft(taken, "另一个标题", "<p>正文</p>")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("slug", "error.knowledge.slugTaken"));
    }

    @Test
    void titles_and_bodies_are_checked_and_an_english_version_must_be_whole_if_begun() {
        actAs(LEAD);
        assertThatThrownBy(() -> knowledge.create(new ArticleDraft(
                        uniqueSlug("bad"), null, "短", "<script>only a script</script>", "English title", "")))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("category", "error.knowledge.category")
                                .containsEntry("titleZh", "error.knowledge.title")
                                .containsEntry("bodyZh", "error.knowledge.body")
                                .containsEntry("bodyEn", "error.knowledge.body"));
        assertThatThrownBy(() -> knowledge.create(draft(uniqueSlug("long"), "很长的正文", "x".repeat(20_001))))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bodyZh", "error.knowledge.bodyTooLong"));
    }

    @Test
    void only_customer_service_leads_write_articles_not_agents_shoppers_or_visitors() {
        ArticleDraft draft = draft(uniqueSlug("nope"), "不该保存的文章", "<p>正文</p>");
        UUID existing = draftArticle(draft(uniqueSlug("existing"), "已有草稿", "<p>正文</p>"));
        for (String email : new String[] {"agent@ks.demo", newShopper(), "admin@ks.demo"}) {
            actAs(email);
            assertThatThrownBy(() -> knowledge.create(draft)).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> knowledge.publish(existing)).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> knowledge.editable(existing)).as(email).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_signed_in_person_votes_once_per_article() {
        String slug = uniqueSlug("vote");
        publishedArticle(draft(slug, "可以投票的文章", "<p>正文</p>"));
        actAs(newShopper());
        knowledge.vote(slug, true, "session-1");
        // a new browser session is still the same person
        assertThatThrownBy(() -> knowledge.vote(slug, false, "session-2"))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.knowledge.alreadyVoted"));
        ArticleDetails article = queries.article(slug, ZH).orElseThrow();
        assertThat(article.helpful()).isEqualTo(1);
        assertThat(article.notHelpful()).isZero();
        assertThat(knowledge.myVote(article.id(), "session-2")).contains(true);
    }

    @Test
    void a_visitor_votes_once_per_browser_session_and_a_visitor_without_a_session_not_at_all() {
        String slug = uniqueSlug("anon");
        publishedArticle(draft(slug, "访客投票的文章", "<p>正文</p>"));
        knowledge.vote(slug, false, "browser-a-" + slug);
        assertThatThrownBy(() -> knowledge.vote(slug, true, "browser-a-" + slug))
                .isInstanceOf(RuleViolated.class);
        knowledge.vote(slug, true, "browser-b-" + slug);
        assertThatThrownBy(() -> knowledge.vote(slug, true, null)).isInstanceOf(NotAllowed.class);
        ArticleDetails article = queries.article(slug, ZH).orElseThrow();
        assertThat(article.helpful()).isEqualTo(1);
        assertThat(article.notHelpful()).isEqualTo(1);
    }

    @Test
    void a_draft_cannot_be_voted_on() {
        String slug = uniqueSlug("novote");
        draftArticle(draft(slug, "未发布的文章", "<p>正文</p>"));
        assertThatThrownBy(() -> knowledge.vote(slug, true, "browser")).isInstanceOf(NotFound.class);
    }

    @Test
    void an_article_without_an_english_version_is_shown_in_chinese_to_english_readers() {
        String slug = uniqueSlug("zhonly");
        publishedArticle(draft(slug, "只有中文的文章", "<p>中文正文</p>"));
        ArticleDetails article = queries.article(slug, EN).orElseThrow();
        assertThat(article.language()).isEqualTo(ArticleLanguage.ZH);
        assertThat(article.title()).isEqualTo("只有中文的文章");
    }
}
