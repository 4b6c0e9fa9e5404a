package com.ks.platform.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The help centre's search over the starter articles (present in every database) and the test's own. */
class ArticleSearchTest extends KnowledgeTestSupport {

    private List<String> top(String query, int n) {
        return queries.search(query, ZH, n).stream().map(ArticleSummary::slug).toList();
    }

    @Test
    void chinese_questions_find_the_article_that_answers_them() {
        assertThat(top("七天无理由退货", 3)).contains("seven-day-no-reason-returns");
        assertThat(top("分期手续费", 1)).containsExactly("installments");
        assertThat(top("怎么查物流", 3)).contains("track-your-parcel");
        assertThat(top("退款退到哪里", 3)).contains("where-is-my-refund");
        assertThat(top("商家入驻需要什么资料", 3)).contains("selling-on-ks");
        assertThat(top("人工复核", 2)).contains("human-review-of-credit-decisions");
    }

    @Test
    void english_questions_find_the_article_that_answers_them_even_with_a_typo() {
        assertThat(top("instalment fees", 2)).contains("installments");
        assertThat(top("track my parcel", 3)).contains("track-your-parcel");
        assertThat(top("where is my refund", 3)).contains("where-is-my-refund");
        assertThat(top("paymnet failed", 3)).contains("payment-failed");
        assertThat(top("personalised recommendations", 2)).contains("privacy-and-personalisation");
    }

    @Test
    void a_word_in_the_title_counts_more_than_the_same_word_in_the_body() {
        String word =
                "zyx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        String inBody = uniqueSlug("body");
        String inTitle = uniqueSlug("title");
        publishedArticle(draft(inBody, "正文里提到的文章", "<p>这篇正文提到 " + word + " 一次，还有很多别的内容。</p>"));
        publishedArticle(draft(inTitle, "标题就是 " + word, "<p>正文没有那个词。</p>"));
        assertThat(top(word, 5)).containsExactly(inTitle, inBody);
    }

    @Test
    void english_readers_see_the_english_titles_of_what_they_find() {
        assertThat(queries.search("instalments", EN, 1))
                .extracting(ArticleSummary::title)
                .containsExactly("Instalments: periods and fees");
    }

    @Test
    void whatever_is_typed_search_answers_with_at_most_the_asked_number_and_never_fails() {
        String[] garbage = {
            null,
            "",
            "   ",
            "***",
            "\u0000\u0007\u001b[31m",
            "AND OR NOT ( [ { ~ ^ \" \\",
            "' OR 1=1 --",
            "退".repeat(10_000),
            "😀😀😀",
            "<script>alert(1)</script>",
            "a"
        };
        for (String text : garbage) {
            assertThat(queries.search(text, ZH, 3)).as(String.valueOf(text)).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(queries.search("退货", ZH, -1)).isEmpty();
    }
}
