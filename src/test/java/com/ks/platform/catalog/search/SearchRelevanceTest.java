package com.ks.platform.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductCard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relevance test set over the demo catalog: Chinese and English queries, synonyms, colloquial names and typos.
 * Each must bring the named product into the top 5.
 */
class SearchRelevanceTest extends KsIntegrationTest {

    @Autowired
    SearchService search;

    @BeforeEach
    void indexIsCurrent() {
        search.catchUp();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "手机, 星耀 X20 智能手机",
        "智能手机, 青柠 Note 12 手机",
        "smartphone, 星耀 X20 智能手机",
        "phone, 青柠 Note 12 手机",
        "手机壳, 液态硅胶手机壳",
        "笔记本, 极光 Pro 14 笔记本电脑",
        "laptop, 轻薄 Air 13 笔记本",
        "耳机, 静界 主动降噪蓝牙耳机",
        "headphones, 律动 头戴式无线耳机",
        "降噪, 静界 主动降噪蓝牙耳机",
        "手表, 悦动 智能手表",
        "smartwach, 悦动 智能手表",
        "电饭锅, 智能电饭煲",
        "rice cooker, 智能电饭煲",
        "kettle, 不锈钢电水壶",
        "扫地机, 扫地机器人",
        "四件套, 长绒棉四件套",
        "bedding, 长绒棉四件套",
        "羽绒被, 白鹅绒羽绒被",
        "炒锅, 麦饭石不粘炒锅",
        "收纳箱, 可折叠收纳箱",
        "橙子, 赣南脐橙",
        "苹果, 阿克苏冰糖心苹果",
        "kiwi, 金果猕猴桃",
        "奇异果, 金果猕猴桃",
        "龙井, 明前西湖龙井",
        "green tea, 明前西湖龙井",
        "坚果, 每日坚果",
        "跑鞋, 缓震跑鞋",
        "running shoes, 缓震跑鞋",
        "runing shoes, 缓震跑鞋",
        "帐篷, 露营帐篷",
        "tent, 露营帐篷",
        "冲锋衣, 户外冲锋衣",
        "yoga mat, 瑜伽垫",
        "dumbell, 可调节哑铃",
        "蓝牙音箱, 便携蓝牙音箱",
        "星耀, 星耀 X20 智能手机",
        "BLUETOOTH, 静界 主动降噪蓝牙耳机"
    })
    void the_expected_product_is_in_the_top_five(String query, String expectedTitlePart) {
        List<String> titles = top5(query);
        assertThat(titles)
                .as("top 5 for '%s'", query)
                .anySatisfy(title -> assertThat(title).contains(expectedTitlePart));
    }

    @Test
    void the_set_has_at_least_thirty_queries_in_both_languages() throws Exception {
        var source = getClass()
                .getDeclaredMethod("the_expected_product_is_in_the_top_five", String.class, String.class)
                .getAnnotation(CsvSource.class);
        assertThat(source.value().length).isGreaterThanOrEqualTo(30);
    }

    @Test
    void filters_narrow_the_results() {
        var phones = search.search(
                new SearchQuery("", "PHONE", null, null, null, null, false, SearchQuery.SearchSort.PRICE_ASC, 0, 20));
        assertThat(phones.hits())
                .isNotEmpty()
                .allSatisfy(card -> assertThat(card.categoryCode()).isEqualTo("PHONE"));
        assertThat(phones.hits()).extracting(ProductCard::minPriceFen).isSorted();

        var digital = search.search(
                new SearchQuery("", "DIGITAL", null, null, null, null, false, SearchQuery.SearchSort.RELEVANCE, 0, 60));
        assertThat(digital.total()).isGreaterThan(phones.total());

        var cheap = search.search(
                new SearchQuery("", null, 0L, 10000L, null, null, false, SearchQuery.SearchSort.PRICE_DESC, 0, 60));
        assertThat(cheap.hits())
                .isNotEmpty()
                .allSatisfy(card -> assertThat(card.minPriceFen()).isLessThanOrEqualTo(10000));
        assertThat(cheap.hits()).extracting(ProductCard::minPriceFen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void the_count_covers_all_hits_and_pages_do_not_overlap() {
        var first = search.search(
                new SearchQuery("", null, null, null, null, null, false, SearchQuery.SearchSort.NEWEST, 0, 5));
        var second = search.search(
                new SearchQuery("", null, null, null, null, null, false, SearchQuery.SearchSort.NEWEST, 5, 5));
        assertThat(first.total()).isGreaterThanOrEqualTo(25);
        assertThat(first.hits()).hasSize(5);
        assertThat(second.hits())
                .extracting(ProductCard::id)
                .doesNotContainAnyElementsOf(
                        first.hits().stream().map(ProductCard::id).toList());
    }

    @Test
    void hostile_or_huge_queries_never_break_search() {
        List<String> nasty = new ArrayList<>(List.of(
                "'; DROP TABLE catalog_product; --",
                "<script>alert(1)</script>",
                "手机 📱🔥",
                "\"unbalanced (query [",
                "*:* OR title:*",
                "\u0000\u0007 control",
                "   "));
        nasty.add("手".repeat(10_000));
        nasty.add("a".repeat(10_000));
        for (String query : nasty) {
            var result = search.search(SearchQuery.of(query));
            assertThat(result.total())
                    .as(query.length() > 40 ? query.substring(0, 40) : query)
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(search.search(SearchQuery.of("手机 📱🔥")).hits()).isNotEmpty();
    }

    @Test
    void suggestions_offer_categories_and_titles() {
        assertThat(search.suggest("手", java.util.Locale.SIMPLIFIED_CHINESE, 6)).contains("手机");
        assertThat(search.suggest("", java.util.Locale.SIMPLIFIED_CHINESE, 6)).isEmpty();
    }

    private List<String> top5(String query) {
        return search.search(SearchQuery.of(query).page(0, 5)).hits().stream()
                .map(ProductCard::title)
                .toList();
    }
}
