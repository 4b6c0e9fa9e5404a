package com.ks.platform.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.ks.platform.catalog.Category;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The search engine over a small catalog of its own (not the demo one): category intent, pinyin, homophones,
 * synonyms from the dictionary, relaxation of queries that find nothing, and lexical search when the model is gone.
 */
class SearchEngineTest {

    private static final UUID SHOP = UUID.nameUUIDFromBytes("shop".getBytes(StandardCharsets.UTF_8));
    private static final Map<String, UUID> IDS = new HashMap<>();
    private static final List<Category> TREE = List.of(
            root(
                    "DIGI",
                    "数码",
                    "Digital",
                    child("TABLET", "DIGI", "平板电脑", "Tablets"),
                    child("LAPTOP", "DIGI", "笔记本电脑", "Laptops"),
                    child("ACCESSORY", "DIGI", "数码配件", "Accessories")),
            root(
                    "DRINK",
                    "酒水饮料",
                    "Drinks",
                    child("LIQUOR", "DRINK", "白酒", "Liquor"),
                    child("BEER", "DRINK", "啤酒", "Beer")),
            root("HOUSE", "家居", "Home", child("TABLEWARE", "HOUSE", "餐具水具", "Tableware")));

    private static Path folder;
    private static ProductIndex index;
    private static SearchEngine engine;

    @BeforeAll
    static void indexTheCatalog() throws Exception {
        folder = Files.createTempDirectory("ks-search-engine-test");
        index = new ProductIndex(folder);
        TextEmbeddings embeddings = TextEmbeddings.bgeSmallZh(100);
        List<ProductIndex.IndexedProduct> products = new ArrayList<>();
        products.add(product("Nova Tab 11 平板电脑 8+128G 护眼屏", "TABLET", 40));
        products.add(product("Nova Tab 11 平板保护壳 磁吸", "ACCESSORY", 900));
        products.add(product("平板钢化膜 11 英寸 高清", "ACCESSORY", 800));
        products.add(product("平板支架 桌面 铝合金", "ACCESSORY", 700));
        products.add(product("极速 15 笔记本电脑 i7 16G", "LAPTOP", 30));
        products.add(product("电脑包 15.6 英寸 双肩 防水", "ACCESSORY", 600));
        products.add(product("茅台镇 酱香型 白酒 500ml", "LIQUOR", 20));
        products.add(product("精酿 啤酒 330ml 12 瓶装", "BEER", 25));
        products.add(product("水晶红酒杯 两只装", "TABLEWARE", 950));
        products.add(product("不锈钢 保温杯 500ml", "TABLEWARE", 300));
        products.replaceAll(
                p -> p.withVector(embeddings.embed(p.embeddingText()).orElseThrow()));
        index.apply(products, 1, true);
        SynonymRules rules = SynonymRules.shipped();
        engine = new SearchEngine(index, embeddings, () -> rules, () -> TREE, null, SearchSettings.defaults());
        engine.refreshVocabulary();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void a_category_word_ranks_its_category_above_accessories_that_mention_it() {
        assertThat(titles("平板").getFirst()).contains("平板电脑");
        assertThat(titles("电脑").getFirst()).contains("笔记本电脑");
        List<String> drinks = titles("酒");
        assertThat(drinks.subList(0, 2)).allSatisfy(t -> assertThat(t).containsAnyOf("白酒", "啤酒"));
    }

    @Test
    void pinyin_and_initials_find_the_chinese_word_and_complete_it_while_typing() {
        assertThat(titles("diannao").getFirst()).contains("电脑");
        assertThat(titles("pingban").getFirst()).contains("平板电脑");
        assertThat(titles("dn")).anySatisfy(t -> assertThat(t).contains("电脑"));
        assertThat(engine.pinyinCompletions("dn", 5)).contains("电脑");
        assertThat(engine.pinyinCompletions("pingb", 5)).contains("平板");
    }

    @Test
    void a_homophone_typo_is_read_as_the_word_and_said_so() {
        SearchEngine.Outcome outcome = engine.search(SearchQuery.of("点脑"));
        assertThat(titlesOf(outcome)).anySatisfy(t -> assertThat(t).contains("电脑"));
        assertThat(outcome.relaxations()).contains(new Relaxation(Relaxation.Kind.SPELLING, "电脑"));
    }

    @Test
    void colloquial_names_find_products_through_the_dictionary() {
        assertThat(titles("本本").getFirst()).contains("笔记本电脑");
        assertThat(titles("laptop").getFirst()).contains("笔记本电脑");
        assertThat(titles("labtop")).anySatisfy(t -> assertThat(t).contains("笔记本电脑"));
    }

    @Test
    void a_query_that_finds_nothing_is_relaxed_step_by_step_and_says_how() {
        SearchQuery inLiquor = new SearchQuery(
                "平板电脑", "LIQUOR", null, null, null, null, false, SearchQuery.SearchSort.RELEVANCE, 0, 10);
        SearchEngine.Outcome filtersDropped = engine.search(inLiquor);
        assertThat(filtersDropped.relaxations())
                .extracting(Relaxation::kind)
                .containsExactly(Relaxation.Kind.FILTERS_DROPPED);
        assertThat(titlesOf(filtersDropped).getFirst()).contains("平板电脑");

        engine.use(SearchSettings.defaults().with(SearchSettings.Retrieval.LEXICAL, true));
        try {
            SearchEngine.Outcome wordsDropped = engine.search(SearchQuery.of("保温杯 qwxzv kplmn jjjqq"));
            assertThat(wordsDropped.relaxations())
                    .containsExactly(new Relaxation(Relaxation.Kind.WORDS_DROPPED, "qwxzv kplmn jjjqq"));
            assertThat(titlesOf(wordsDropped).getFirst()).contains("保温杯");

            SearchEngine.Outcome popular = engine.search(SearchQuery.of("qwxzv"));
            assertThat(popular.relaxations()).extracting(Relaxation::kind).containsExactly(Relaxation.Kind.POPULAR);
            assertThat(titlesOf(popular).getFirst()).isEqualTo("水晶红酒杯 两只装"); // the best seller
        } finally {
            engine.use(SearchSettings.defaults());
        }
    }

    @Test
    void every_retrieval_mode_answers_and_no_input_breaks_any() {
        List<String> nasty = new ArrayList<>(List.of(
                "'; DROP TABLE catalog_product; --",
                "<script>alert(1)</script>",
                "平板 📱🔥",
                "\"unbalanced (query [",
                "*:* OR title:*",
                "\u0000\u0007 control",
                "   ",
                "=> , ,,",
                "\uD83D"));
        nasty.add("平".repeat(10_000));
        nasty.add("a".repeat(10_000));
        for (SearchSettings.Retrieval mode : SearchSettings.Retrieval.values()) {
            for (boolean rerank : List.of(true, false)) {
                engine.use(SearchSettings.defaults().with(mode, rerank));
                try {
                    assertThat(titles("平板电脑")).as(mode + " " + rerank).isNotEmpty();
                    for (String query : nasty) {
                        assertThat(engine.search(SearchQuery.of(query)).total()).isGreaterThanOrEqualTo(0);
                    }
                } finally {
                    engine.use(SearchSettings.defaults());
                }
            }
        }
    }

    @Test
    void when_the_model_cannot_load_search_stays_lexical_and_the_log_says_why() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(TextEmbeddings.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        Path other = Files.createTempDirectory("ks-search-no-model");
        try (ProductIndex lexicalOnly = new ProductIndex(other)) {
            TextEmbeddings broken = new TextEmbeddings(
                    () -> {
                        throw new UnsatisfiedLinkError("onnxruntime: no native library for this platform");
                    },
                    10);
            lexicalOnly.apply(
                    List.of(product("Nova Tab 11 平板电脑 8+128G 护眼屏", "TABLET", 40)
                            .withVector(broken.embed("平板电脑").orElse(null))),
                    1,
                    broken.available());
            SynonymRules rules = SynonymRules.shipped();
            SearchEngine lexical =
                    new SearchEngine(lexicalOnly, broken, () -> rules, () -> TREE, null, SearchSettings.defaults());
            lexical.refreshVocabulary();
            assertThat(lexical.search(SearchQuery.of("平板")).ids()).hasSize(1);
            assertThat(lexical.search(SearchQuery.of("pingban")).ids()).hasSize(1);
        } finally {
            logger.detachAppender(log);
        }
        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message ->
                        assertThat(message).contains("Semantic search is off").contains("no native library"));
    }

    private static List<String> titles(String query) {
        return titlesOf(engine.search(SearchQuery.of(query)));
    }

    private static List<String> titlesOf(SearchEngine.Outcome outcome) {
        Map<UUID, String> byId = new HashMap<>();
        IDS.forEach((title, id) -> byId.put(id, title));
        return outcome.ids().stream().map(byId::get).toList();
    }

    private static ProductIndex.IndexedProduct product(String title, String category, int sales) {
        UUID id = UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8));
        IDS.put(title, id);
        Category leaf = TREE.stream()
                .flatMap(r -> r.children().stream())
                .filter(c -> c.code().equals(category))
                .findFirst()
                .orElseThrow();
        Category parent = TREE.stream()
                .filter(r -> r.id().equals(leaf.parentId()))
                .findFirst()
                .orElseThrow();
        return new ProductIndex.IndexedProduct(
                id,
                true,
                title,
                List.of(title, leaf.nameZh(), leaf.nameEn(), parent.nameZh(), parent.nameEn()),
                List.of(leaf.code(), parent.code()),
                SHOP,
                1000,
                sales,
                0,
                45,
                true,
                null);
    }

    private static Category root(String code, String zh, String en, Category... children) {
        return new Category(id(code), null, code, zh, en, List.of(children));
    }

    private static Category child(String code, String parent, String zh, String en) {
        return new Category(id(code), id(parent), code, zh, en, List.of());
    }

    private static UUID id(String code) {
        return UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
    }
}
