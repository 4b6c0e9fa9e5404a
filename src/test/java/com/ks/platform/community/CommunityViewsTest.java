package com.ks.platform.community;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.community.ui.CommunityFeedView;
import com.ks.platform.community.ui.CommunityReportsView;
import com.ks.platform.community.ui.PostView;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What shoppers, visitors and admins see and do on the community pages and in 问大家 on the product page. */
class CommunityViewsTest extends CommunityTestSupport {

    @Test
    void a_shopper_writes_a_post_and_lands_on_it_and_an_empty_one_is_told_why() {
        signInAs(newShopper("写帖子的人"));
        navigate("community/new");
        _click(_get(Button.class, spec -> spec.withText("发布")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("内容")).getErrorMessage())
                .isEqualTo("帖子内容需要 2 到 2000 字");

        String text = "第一次在社区发帖 #新人报到# " + unique();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("内容")), text);
        _click(_get(Button.class, spec -> spec.withText("发布")));

        _get(PostView.class);
        _get(Paragraph.class, spec -> spec.withText(text));
        _get(Button.class, spec -> spec.withText("编辑"));
    }

    @Test
    void a_visitor_reads_the_feed_and_a_post_and_is_sent_to_sign_in_to_like() {
        String text = "访客也能看到的帖子 " + unique();
        UUID post = as(newShopper("公开博主"), () -> community.publish(new NewPost(text, List.of(), null)));

        navigate("community");
        _get(CommunityFeedView.class);
        _get(Paragraph.class, spec -> spec.withText(text));
        navigate("community/posts/" + post);
        _get(Button.class, spec -> spec.withText("登录后评论"));
        _click(_get(Button.class, spec -> spec.withText("点赞 0")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
    }

    @Test
    void a_reader_comments_and_likes_on_the_post_page() {
        UUID post = as(newShopper("楼主"), () -> community.publish(new NewPost("求推荐耳机 " + unique(), List.of(), null)));
        signInAs(newShopper("热心网友"));
        navigate("community/posts/" + post);

        _click(_get(Button.class, spec -> spec.withText("点赞 0")));
        Button liked = _get(Button.class, spec -> spec.withText("已赞 1"));
        assertThat(liked.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("写评论")), "推荐降噪款，通勤很安静");
        _click(_get(Button.class, spec -> spec.withText("发表评论")));

        _get(Paragraph.class, spec -> spec.withText("推荐降噪款，通勤很安静"));
        assertThat(queries.post(post).replies()).isEqualTo(1);
    }

    @Test
    void a_hidden_post_answers_not_found() {
        UUID post = as(newShopper("将被隐藏"), () -> community.publish(new NewPost("违规内容 " + unique(), List.of(), null)));
        run(newShopper("举报者"), () -> moderation.report(ItemKind.POST, post, ReportReason.ADVERTISING, null));
        run(ADMIN, () -> moderation.hide(ItemKind.POST, post, "广告引流内容"));

        navigate("community/posts/" + post);
        _get(NotFoundView.class);
    }

    @Test
    void on_the_product_page_a_shopper_asks_and_a_buyer_answers_under_the_question() {
        UUID product = receivedByBuyer();
        String question = "尺寸适合小桌子吗？" + unique();
        signInAs(newShopper("想买的人"));
        navigate("product/" + product);
        _get(Div.class, spec -> spec.withClasses("ks-product-questions"));
        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("你买过这件商品，说说你的体验")))
                .isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("想了解这件商品的什么？问问买过的人")), question);
        _click(_get(Button.class, spec -> spec.withText("提问")));
        _get(Span.class, spec -> spec.withText(question));

        signInAs(BUYER);
        navigate("product/" + product);
        Div item = _find(Div.class, spec -> spec.withClasses("ks-community-question")).stream()
                .filter(d ->
                        !_find(d, Span.class, spec -> spec.withText(question)).isEmpty())
                .findFirst()
                .orElseThrow();
        _setValue(_get(item, TextField.class), "小桌子刚好，很省地方");
        _click(_get(item, Button.class, spec -> spec.withText("回答")));

        navigate("product/" + product);
        _get(Span.class, spec -> spec.withText("小桌子刚好，很省地方"));
    }

    @Test
    void a_visitor_sees_the_questions_and_is_offered_sign_in_to_ask() {
        navigate("product/" + receivedByBuyer());
        _get(Button.class, spec -> spec.withText("登录后提问"));
        assertThat(_find(Button.class, spec -> spec.withText("提问"))).isEmpty();
    }

    @Test
    void an_admin_hides_a_reported_comment_from_the_reports_page_after_giving_a_reason() {
        String text = "刷屏的评论 " + unique();
        UUID post = as(newShopper("正常楼主"), () -> community.publish(new NewPost("正常的帖子 " + unique(), List.of(), null)));
        UUID reply = as(newShopper("刷屏的人"), () -> community.reply(post, text));
        run(newShopper("看不下去"), () -> moderation.report(ItemKind.REPLY, reply, ReportReason.IRRELEVANT, null));

        signInAs(ADMIN);
        navigate("admin/community-reports");
        _get(CommunityReportsView.class);
        Div card = _find(Div.class, spec -> spec.withClasses("ks-review-report")).stream()
                .filter(c ->
                        !_find(c, Paragraph.class, spec -> spec.withText(text)).isEmpty())
                .findFirst()
                .orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("隐藏内容")));
        assertThat(_get(card, TextField.class, spec -> spec.withLabel("处理理由")).getErrorMessage())
                .startsWith("请填写 4 到 200 字的隐藏理由");
        _setValue(_get(card, TextField.class, spec -> spec.withLabel("处理理由")), "与帖子无关的刷屏");
        _click(_get(card, Button.class, spec -> spec.withText("隐藏内容")));

        assertThat(_find(Paragraph.class, spec -> spec.withText(text))).isEmpty();
        assertThat(queries.replies(post, 0, 10)).isEmpty();
        assertThat(queries.post(post).replies()).isZero();
    }
}
