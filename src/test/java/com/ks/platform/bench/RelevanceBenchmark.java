package com.ks.platform.bench;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.search.RelevanceProduct;
import com.ks.platform.catalog.search.RelevanceSet;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Top-5 recall, top-1 and MRR of the relevance set ({@link RelevanceSet}) per half, for a plain BM25 index the
 * benchmark builds itself and for the platform's search in each configuration named in {@code ks.bench.configs}
 * (default {@code bm25,today,semantic,new}): {@code today} boots with {@code ks.search.*} absent, {@code lexical},
 * {@code semantic} and {@code hybrid} set {@code ks.search.retrieval} with re-ranking off, {@code new} is hybrid with
 * re-ranking. Each configuration boots the platform on a fresh H2 database without demo data and loads the catalog
 * through the services. Misses go to {@code target/relevance/<config>-misses.tsv}.
 *
 * <pre>./mvnw -B -q -ntp -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.bench.RelevanceBenchmark</pre>
 */
public final class RelevanceBenchmark {

    private static final Map<String, List<String>> CONFIGS = Map.of(
            "today", List.of(),
            "lexical", List.of("--ks.search.retrieval=lexical", "--ks.search.rerank=false"),
            "semantic", List.of("--ks.search.retrieval=semantic", "--ks.search.rerank=false"),
            "hybrid", List.of("--ks.search.retrieval=hybrid", "--ks.search.rerank=false"),
            "new", List.of("--ks.search.retrieval=hybrid", "--ks.search.rerank=true"));

    private RelevanceBenchmark() {}

    public static void main(String[] args) {
        BenchPlatform.exit(RelevanceBenchmark::run);
    }

    private static boolean run() throws IOException {
        List<String> configs = List.of(System.getProperty("ks.bench.configs", "bm25,today,semantic,new")
                .split(","));
        List<RelevanceProduct> catalog = RelevanceSet.catalog();
        Map<String, Map<String, RelevanceSet.Figures>> table = new LinkedHashMap<>();
        Map<String, String> categoryNames = null;
        for (String config : configs) {
            if (config.equals("bm25")) {
                continue;
            }
            List<String> extra = CONFIGS.get(config);
            if (extra == null) {
                throw new IllegalArgumentException("unknown configuration " + config + ": " + CONFIGS.keySet());
            }
            System.out.printf("%n== %s %s: loading %,d products ==%n", config, extra, catalog.size());
            try (BenchPlatform platform = BenchPlatform.start("h2", "relevance", extra)) {
                long began = System.nanoTime();
                Map<UUID, String> ids = RelevanceLoader.load(platform, catalog);
                System.out.printf("  loaded and indexed in %.1f s%n", (System.nanoTime() - began) / 1e9);
                if (categoryNames == null) {
                    categoryNames = categoryNames(platform.bean(CatalogQueries.class));
                }
                SearchService search = platform.bean(SearchService.class);
                table.put(
                        config,
                        evaluate(
                                config,
                                text ->
                                        search
                                                .search(SearchQuery.of(text).page(0, RelevanceSet.MRR_DEPTH))
                                                .hits()
                                                .stream()
                                                .map(ProductCard::id)
                                                .map(ids::get)
                                                .toList()));
            }
        }
        if (configs.contains("bm25")) {
            if (categoryNames == null) {
                try (BenchPlatform platform = BenchPlatform.start("h2", "relevance", List.of())) {
                    categoryNames = categoryNames(platform.bean(CatalogQueries.class));
                }
            }
            try (PlainBm25 bm25 = new PlainBm25(catalog, categoryNames)) {
                Map<String, RelevanceSet.Figures> figures =
                        evaluate("bm25", text -> bm25.search(text, RelevanceSet.MRR_DEPTH));
                LinkedHashMap<String, Map<String, RelevanceSet.Figures>> first = new LinkedHashMap<>();
                first.put("bm25", figures);
                first.putAll(table);
                table = first;
            }
        }
        System.out.printf("%n| configuration | half | queries | top-5 | top-1 | MRR |%n|---|---|---|---|---|---|%n");
        for (var row : table.entrySet()) {
            for (String half : List.of("training", "held-out")) {
                RelevanceSet.Figures f = row.getValue().get(half);
                System.out.printf(
                        "| %s | %s | %d | %.1f %% | %.1f %% | %.3f |%n",
                        row.getKey(), half, f.queries(), 100 * f.top5(), 100 * f.top1(), f.mrr());
            }
        }
        return true;
    }

    /** Figures per half and per kind of the held-out half; writes the misses of both halves. */
    private static Map<String, RelevanceSet.Figures> evaluate(String config, Function<String, List<String>> search)
            throws IOException {
        Map<String, RelevanceSet.Figures> figures = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>(List.of("half\tqid\tkind\tquery\tneed\trelevant\ttop10"));
        Map<String, List<RelevanceSet.Outcome>> byKind = new LinkedHashMap<>();
        for (String half : List.of("training", "held-out")) {
            List<RelevanceSet.Judgement> judgements =
                    half.equals("training") ? RelevanceSet.training() : RelevanceSet.heldOut();
            List<RelevanceSet.Outcome> outcomes = new ArrayList<>();
            for (RelevanceSet.Judgement j : judgements) {
                List<String> ranked = search.apply(j.query());
                RelevanceSet.Outcome outcome = j.judge(ranked);
                outcomes.add(outcome);
                if (half.equals("held-out")) {
                    byKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(outcome);
                }
                if (!outcome.answered() || !outcome.first()) {
                    misses.add(String.join(
                            "\t",
                            half,
                            j.id(),
                            j.kind(),
                            j.query(),
                            Integer.toString(j.need()),
                            String.join(",", j.relevant()),
                            String.join(",", ranked)));
                }
            }
            figures.put(half, RelevanceSet.Figures.of(outcomes));
            System.out.printf("  %s %s: %s%n", config, half, figures.get(half));
        }
        byKind.forEach((kind, outcomes) ->
                System.out.printf("    held-out %-10s %s%n", kind, RelevanceSet.Figures.of(outcomes)));
        Path folder = Path.of("target/relevance");
        Files.createDirectories(folder);
        Files.write(folder.resolve(config + "-misses.tsv"), misses, StandardCharsets.UTF_8);
        return figures;
    }

    private static Map<String, String> categoryNames(CatalogQueries catalog) {
        Map<String, String> names = new HashMap<>();
        for (Category root : catalog.categoryTree()) {
            for (Category child : root.children()) {
                names.put(child.code(), String.join(" ", child.nameZh(), child.nameEn(), root.nameZh(), root.nameEn()));
            }
        }
        return names;
    }
}
