package com.ks.platform.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.knowledge.ArticleCategory;
import com.ks.platform.support.knowledge.ArticleSummary;
import com.ks.platform.support.knowledge.KnowledgeTestSupport;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer-service lead writes, previews, publishes and finds articles on the workbench. */
class KnowledgeEditorTest extends KnowledgeTestSupport {

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_writes_both_languages_previews_saves_and_publishes_and_shoppers_then_find_it() {
        String slug = uniqueSlug("editor");
        signInAs(LEAD);
        navigate(SupportRoutes.WORKBENCH_KNOWLEDGE);
        _click(_get(Button.class, spec -> spec.withText("新建文章")));
        _setValue(field("地址"), slug);
        _setValue(_get(Select.class, spec -> spec.withLabel("分类")), ArticleCategory.SHIPPING);
        _setValue(field("中文标题"), "编辑器写的配送文章");
        _setValue(area("中文正文（HTML）"), "<p>配送说明<script>alert(1)</script></p>");
        _setValue(field("英文标题"), "Delivery written in the editor");
        _setValue(area("英文正文（HTML）"), "<p>Delivery notes</p>");

        _click(_get(Button.class, spec -> spec.withText("预览")));
        Dialog preview = _get(Dialog.class);
        assertThat(_find(preview, Html.class))
                .extracting(Html::getInnerHtml)
                .anySatisfy(html -> assertThat(html).contains("配送说明"))
                .allSatisfy(html -> assertThat(html).doesNotContain("script"));
        preview.close();

        _click(_get(Button.class, spec -> spec.withText("保存")));
        assertThat(notices()).contains("文章已保存");
        _get(Span.class, spec -> spec.withText("草稿"));
        assertThat(area("中文正文（HTML）").getValue()).isEqualTo("<p>配送说明</p>");
        assertThat(queries.article(slug, ZH)).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("发布")));
        assertThat(notices()).contains("文章已发布，帮助中心可见");
        _get(Span.class, spec -> spec.withText("已发布"));
        assertThat(queries.article(slug, EN).orElseThrow().title()).isEqualTo("Delivery written in the editor");

        navigate(SupportRoutes.WORKBENCH_KNOWLEDGE);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按标题或地址筛选")), slug);
        Grid<ArticleSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("编辑器写的配送文章");
    }

    @Test
    void a_wrong_address_and_a_missing_body_are_shown_next_to_their_fields_and_nothing_typed_is_lost() {
        signInAs(LEAD);
        navigate(SupportRoutes.WORKBENCH_KNOWLEDGE + "/edit");
        _setValue(field("地址"), "Not A Slug");
        _setValue(_get(Select.class, spec -> spec.withLabel("分类")), ArticleCategory.PAYMENT);
        _setValue(field("中文标题"), "只有标题的文章");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(field("地址").isInvalid()).isTrue();
        assertThat(field("地址").getErrorMessage()).isEqualTo("地址只能用小写字母、数字和连字符，3–80 个字符");
        assertThat(area("中文正文（HTML）").isInvalid()).isTrue();
        assertThat(area("中文正文（HTML）").getErrorMessage()).isEqualTo("中文正文（HTML）不能为空");
        assertThat(field("中文标题").getValue()).isEqualTo("只有标题的文章");
        assertThat(notices()).doesNotContain("文章已保存");
    }

    @Test
    void a_lead_unpublishes_an_article_and_the_help_centre_no_longer_shows_it() {
        String slug = uniqueSlug("retire");
        var id = publishedArticle(draft(slug, "要下线的文章", "<p>正文</p>"));
        signInAs(LEAD);
        navigate(SupportRoutes.WORKBENCH_KNOWLEDGE + "/edit?article=" + id);
        assertThat(field("地址").getValue()).isEqualTo(slug);
        _click(_get(Button.class, spec -> spec.withText("取消发布")));
        assertThat(notices()).contains("文章已取消发布，帮助中心不再显示");
        assertThat(queries.article(slug, ZH)).isEmpty();
    }
}
