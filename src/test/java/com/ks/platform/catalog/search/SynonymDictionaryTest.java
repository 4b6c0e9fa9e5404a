package com.ks.platform.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.shared.RuleViolated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Administrators edit the synonym dictionary; search follows it without a restart, on every node. */
class SynonymDictionaryTest extends KsIntegrationTest {

    @Autowired
    SynonymDictionary dictionary;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndexSync sync;

    @Test
    void the_shipped_dictionary_is_general_and_in_solr_format() {
        actAs("admin@ks.demo");
        String text = dictionary.text();
        assertThat(text).contains("笔记本电脑, 笔记本, 本本").contains("纸尿裤, 尿不湿");
        assertThat(text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count())
                .isGreaterThan(150);
    }

    @Test
    void a_saved_rule_changes_search_at_the_next_poll_and_a_bad_line_is_refused_with_its_number() {
        actAs("admin@ks.demo");
        String before = dictionary.text();
        String marker = "qzxsynonym";
        try {
            assertThat(titles(marker)).isEmpty();
            dictionary.replace(before + "\n" + marker + ", 电饭煲\n");
            sync.poll();
            assertThat(titles(marker)).anySatisfy(title -> assertThat(title).contains("电饭煲"));

            String broken = "手机, phone\n电视, tv\n=> 没有左边\n";
            assertThatThrownBy(() -> dictionary.replace(broken))
                    .isInstanceOfSatisfying(
                            RuleViolated.class, e -> assertThat(e.arguments()).containsExactly(3, "=> 没有左边"));
            assertThat(dictionary.text()).contains(marker);
        } finally {
            dictionary.replace(before);
            sync.poll();
        }
        assertThat(titles(marker)).doesNotContain("智能电饭煲 4L 家用多功能");
    }

    @Test
    void only_administrators_read_or_replace_the_dictionary() {
        actAs("shopper@ks.demo");
        assertThatThrownBy(() -> dictionary.text()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dictionary.replace("a, b")).isInstanceOf(AccessDeniedException.class);
        actAs("merchant@ks.demo");
        assertThatThrownBy(() -> dictionary.replace("a, b")).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> titles(String query) {
        SearchResult result = search.search(SearchQuery.of(query));
        if (result.relaxed()) {
            return java.util.List.of();
        }
        return result.hits().stream().map(ProductCard::title).toList();
    }
}
