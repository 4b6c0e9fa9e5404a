package com.ks.platform.catalog.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.engagement.SearchInsights;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The console's search pages: the synonym dictionary editor and what shoppers searched for. */
class SearchAdminViewsTest extends KaribuTest {

    @Autowired
    SynonymDictionary dictionary;

    @Autowired
    SearchInsights insights;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_saves_a_dictionary_and_sees_who_changed_it_last() {
        signInAs("admin@ks.demo");
        String before = dictionary.text();
        try {
            navigate("admin/synonyms");
            TextArea text = _get(TextArea.class);
            assertThat(text.getValue()).isEqualTo(before);
            String rule = "测试词" + UUID.randomUUID().toString().substring(0, 6) + ", 测试同义词";
            _setValue(text, before + "\n" + rule + "\n");
            _click(_get(Button.class, spec -> spec.withText("保存词典")));

            assertThat(notifications()).contains("同义词词典已保存，搜索已使用新词典");
            assertThat(dictionary.text()).contains(rule);
            assertThat(_get(
                                    Paragraph.class,
                                    spec -> spec.withPredicate(p -> p.getText().startsWith("最后修改：")))
                            .getText())
                    .matches("最后修改：平台管理员 周航，\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        } finally {
            dictionary.replace(before);
        }
    }

    @Test
    void a_bad_line_is_named_by_its_number_and_nothing_typed_is_lost() {
        signInAs("admin@ks.demo");
        String before = dictionary.text();
        navigate("admin/synonyms");
        TextArea text = _get(TextArea.class);
        String typed = "电饭煲, 电饭锅\n本本 => \n";
        _setValue(text, typed);
        _click(_get(Button.class, spec -> spec.withText("保存词典")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("同义词第 2 行格式不正确");
        assertThat(text.getValue()).isEqualTo(typed);
        assertThat(dictionary.text()).as("nothing changed").isEqualTo(before);
        assertThat(_get(Button.class, spec -> spec.withText("保存词典")).isEnabled())
                .as("the button is enabled again after a refusal")
                .isTrue();
    }

    @Test
    void shoppers_and_merchants_can_neither_read_nor_replace_the_dictionary_nor_see_insights() {
        for (String email : List.of("shopper@ks.demo", "merchant@ks.demo")) {
            actAs(email);
            assertThatThrownBy(() -> dictionary.text()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dictionary.replace("a, b")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> insights.topQueries(7)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_administrator_sees_top_and_zero_result_searches_of_the_last_seven_or_thirty_days() {
        String frequent = "热搜" + UUID.randomUUID().toString().substring(0, 8);
        String nothing = "无货" + UUID.randomUUID().toString().substring(0, 8);
        String older = "旧词" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        for (int i = 0; i < 40; i++) {
            search(frequent, 12, now.minusSeconds(60 + i));
        }
        search(nothing, 0, now.minusSeconds(30));
        search(nothing, 0, now.minusSeconds(20));
        search(older, 0, now.minus(Duration.ofDays(10)));

        signInAs("admin@ks.demo");
        navigate("admin/search-insights");
        @SuppressWarnings("unchecked")
        List<Grid<SearchInsights.QueryCount>> grids = _find(Grid.class).stream()
                .map(g -> (Grid<SearchInsights.QueryCount>) g)
                .toList();
        assertThat(rows(grids.get(0))).as("top searches of 7 days").anySatisfy(row -> {
            assertThat(row.query()).isEqualTo(frequent);
            assertThat(row.searches()).isEqualTo(40);
        });
        assertThat(rows(grids.get(1)))
                .as("zero-result searches of 7 days")
                .extracting(SearchInsights.QueryCount::query)
                .contains(nothing)
                .doesNotContain(frequent, older);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> period = _get(RadioButtonGroup.class);
        _setValue(period, 30);
        assertThat(rows(grids.get(1)))
                .as("zero-result searches of 30 days")
                .extracting(SearchInsights.QueryCount::query)
                .contains(nothing, older);
    }

    private void search(String query, int results, Instant at) {
        jdbc.update(
                "insert into engagement_event (id, occurred_at, event_type, search_query, result_count)"
                        + " values (?, ?, 'SEARCH', ?, ?)",
                UUID.randomUUID(),
                java.sql.Timestamp.from(at),
                query,
                results);
    }

    private static List<SearchInsights.QueryCount> rows(Grid<SearchInsights.QueryCount> grid) {
        return grid.getListDataView().getItems().toList();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text", ""))
                .toList();
    }
}
