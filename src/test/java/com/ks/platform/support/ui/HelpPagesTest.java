package com.ks.platform.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleDraft;
import com.ks.platform.support.knowledge.KnowledgeTestSupport;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help centre and an article, as a visitor or shopper sees them. */
class HelpPagesTest extends KnowledgeTestSupport {

    private static List<String> linkTexts() {
        return _find(Anchor.class).stream().map(Anchor::getText).toList();
    }

    @Test
    void a_visitor_types_a_question_and_the_help_centre_lists_the_articles_that_answer_it() {
        navigate(SupportRoutes.HELP);
        _get(H1.class, spec -> spec.withText("帮助中心"));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("输入问题，例如：怎么退货、分期、信用购还款")), "分期手续费");
        assertThat(linkTexts()).contains("分期付款：期数和手续费");

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("输入问题，例如：怎么退货、分期、信用购还款")), "qqqqzzzz");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("没有找到相关文章，换个说法试试，或联系客服。"));
    }

    @Test
    void the_help_centre_offers_after_sales_tickets_a_person_categories_and_popular_articles() {
        navigate(SupportRoutes.HELP);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("ks-help-entry")).stream()
                        .map(entry -> _get(entry, Span.class).getText() + " → " + entry.getHref()))
                .containsExactly(
                        "申请售后 → " + AfterSalesRoutes.MY_CASES,
                        "我的工单 → " + SupportRoutes.MY_TICKETS,
                        "联系客服 → " + SupportRoutes.CONTACT);
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("退货退款", "物流配送", "支付", "信用购", "账户与隐私", "商家入驻");
        assertThat(linkTexts()).contains("7 天无理由退货：哪些商品可以退、怎么算时间");
    }

    @Test
    void the_storefront_footer_links_to_the_help_centre() {
        navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withText("帮助中心")).getHref()).isEqualTo(SupportRoutes.HELP);
    }

    @Test
    void a_shopper_reads_an_article_says_it_helped_and_is_thanked_instead_of_asked_again() {
        String slug = uniqueSlug("page");
        publishedArticle(new ArticleDraft(
                slug,
                com.ks.platform.support.knowledge.ArticleCategory.PAYMENT,
                "页面上的支付文章",
                "<p>在收银台选择支付方式。</p>",
                "A payment article",
                "<p>Choose a method at the cashier.</p>"));
        signInAs(newShopper());
        navigate(SupportRoutes.article(slug));
        _get(H1.class, spec -> spec.withText("页面上的支付文章"));
        assertThat(_get(Html.class).getInnerHtml()).contains("在收银台选择支付方式。");
        _get(Span.class, spec -> spec.withText("这篇文章有帮助吗？"));
        assertThat(linkTexts()).contains("支付失败、超时或需要安全验证怎么办", "帮助中心");
        assertThat(_get(Anchor.class, spec -> spec.withText("联系客服")).getHref()).isEqualTo(SupportRoutes.CONTACT);

        _click(_get(Button.class, spec -> spec.withText("有帮助")));
        _get(Span.class, spec -> spec.withText("感谢反馈，很高兴能帮到你。"));
        assertThat(queries.article(slug, ZH).orElseThrow().helpful()).isEqualTo(1);

        navigate(SupportRoutes.HELP);
        navigate(SupportRoutes.article(slug));
        _get(Span.class, spec -> spec.withText("感谢反馈，很高兴能帮到你。"));
        _assertNone(Button.class, spec -> spec.withText("有帮助"));
    }

    @Test
    void an_english_reader_sees_the_english_version() {
        UI.getCurrent().setLocale(EN);
        navigate(SupportRoutes.article("installments"));
        _get(H1.class, spec -> spec.withText("Instalments: periods and fees"));
    }

    @Test
    void a_draft_or_unknown_article_is_not_found() {
        String slug = uniqueSlug("hidden");
        draftArticle(draft(slug, "还没发布的文章", "<p>正文</p>"));
        for (String path : new String[] {slug, "no-such-article", "x".repeat(300)}) {
            navigate(SupportRoutes.article(path));
            assertThat(UI.getCurrent()
                            .getInternals()
                            .getActiveRouterTargetsChain()
                            .getFirst())
                    .as(path)
                    .isInstanceOf(NotFoundView.class);
        }
    }
}
