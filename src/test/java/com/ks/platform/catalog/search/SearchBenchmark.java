package com.ks.platform.catalog.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Search latency over a generated catalog of 100 000 products, and the index build rate. Run with
 * {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.catalog.SearchBenchmark}; the figures
 * go to docs/benchmarks.md. Not a test: nothing here passes or fails.
 */
public final class SearchBenchmark {

    private static final String[] BRANDS = {"星耀", "青柠", "极光", "静界", "律动", "悦动", "悦居", "跃动", "鲜果时光", "Nova", "Zen"};
    private static final String[] NOUNS = {
        "智能手机", "笔记本电脑", "蓝牙耳机", "智能手表", "电饭煲", "电水壶", "扫地机器人", "四件套", "羽绒被", "炒锅", "收纳箱", "脐橙",
        "苹果", "猕猴桃", "龙井绿茶", "每日坚果", "跑鞋", "运动T恤", "露营帐篷", "冲锋衣", "瑜伽垫", "哑铃", "phone case", "laptop stand",
        "wireless earbuds", "running shoes", "yoga mat", "camping tent", "rice cooker", "green tea"
    };
    private static final String[] ADJECTIVES = {
        "新款", "轻薄", "大容量", "家用", "便携", "旗舰", "升级版", "高端", "学生", "户外", "pro", "mini", "max"
    };
    private static final String[] CATEGORIES = {
        "PHONE", "LAPTOP", "AUDIO", "WEARABLE", "KITCHEN", "BEDDING", "FRUIT", "RUNNING", "CAMPING", "FITNESS"
    };
    private static final String[] QUERIES = {
        "手机",
        "智能手机",
        "笔记本",
        "耳机",
        "蓝牙耳机",
        "手表",
        "电饭锅",
        "电水壶",
        "扫地机",
        "四件套",
        "羽绒被",
        "炒锅",
        "收纳箱",
        "橙子",
        "苹果",
        "奇异果",
        "龙井",
        "坚果",
        "跑鞋",
        "帐篷",
        "冲锋衣",
        "瑜伽垫",
        "哑铃",
        "phone",
        "laptop",
        "earbuds",
        "runing shoes",
        "smartwach",
        "yoga mat",
        "tent",
        "rice cooker",
        "green tea",
        "星耀 手机",
        "轻薄 笔记本",
        "wireless",
        "家用 电饭煲"
    };

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("ks-search-bench");
        Random random = new Random(42);
        try (ProductIndex index = new ProductIndex(folder)) {
            SynonymRules rules = SynonymRules.shipped();
            SearchEngine engine = new SearchEngine(
                    index,
                    TextEmbeddings.off("lexical benchmark"),
                    () -> rules,
                    List::of,
                    null,
                    SearchSettings.defaults().with(SearchSettings.Retrieval.LEXICAL, true));
            long start = System.nanoTime();
            List<ProductIndex.IndexedProduct> batch = new ArrayList<>();
            for (int i = 0; i < products; i++) {
                batch.add(product(random, i));
                if (batch.size() == 5_000) {
                    index.apply(batch, i, false);
                    batch.clear();
                }
            }
            index.apply(batch, products, false);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "Indexed %,d products in %.1f s: %,.0f products/s%n",
                    products, buildSeconds, products / buildSeconds);

            for (int i = 0; i < 2_000; i++) {
                engine.search(query(random));
            }
            int runs = 5_000;
            long[] nanos = new long[runs];
            long hits = 0;
            for (int i = 0; i < runs; i++) {
                SearchQuery query = query(random);
                long t0 = System.nanoTime();
                hits += engine.search(query).total();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%,d mixed queries (Chinese/English, typos, filters, sorts): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms (average %,d hits per query)%n",
                    runs,
                    nanos[runs / 2] / 1e6,
                    nanos[runs * 95 / 100] / 1e6,
                    nanos[runs * 99 / 100] / 1e6,
                    nanos[runs - 1] / 1e6,
                    hits / runs);
        }
    }

    private static ProductIndex.IndexedProduct product(Random random, int i) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        String title = brand + " " + ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + noun + " " + (i % 97);
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        return new ProductIndex.IndexedProduct(
                UUID.randomUUID(),
                true,
                title,
                List.of(title, "规格 " + (i % 5), brand),
                List.of(category),
                UUID.nameUUIDFromBytes(brand.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                500 + random.nextInt(1_000_000),
                random.nextInt(5_000),
                1_700_000_000_000L + i * 1000L,
                random.nextInt(51),
                random.nextInt(10) > 0,
                null);
    }

    private static SearchQuery query(Random random) {
        String text = QUERIES[random.nextInt(QUERIES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> SearchQuery.of(text);
            case 1 ->
                new SearchQuery(
                        text,
                        CATEGORIES[random.nextInt(CATEGORIES.length)],
                        null,
                        null,
                        null,
                        null,
                        false,
                        SearchQuery.SearchSort.RELEVANCE,
                        0,
                        24);
            case 2 ->
                new SearchQuery(
                        text, null, 1_000L, 500_000L, null, null, true, SearchQuery.SearchSort.PRICE_ASC, 0, 24);
            default -> new SearchQuery(text, null, null, null, null, 4.0, false, SearchQuery.SearchSort.SALES, 24, 24);
        };
    }
}
