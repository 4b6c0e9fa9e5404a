package com.ks.platform.catalog.search;

import com.ks.platform.catalog.Category;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits the re-ranking weights on the TRAINING half of the relevance set (coordinate ascent on MRR, then top-1) and
 * prints the figures of each retrieval mode on both halves; the held-out half is only measured, never fitted on. Run
 * with {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=com.ks.platform.catalog.search.RankingFit}. Not a
 * test: nothing here passes or fails.
 */
public final class RankingFit {

    private RankingFit() {}

    public static void main(String[] args) throws IOException {
        List<Category> tree =
                categoryTree(Path.of("db/catalog/changelog.xml"), Path.of("db/catalog/searchbench-categories.xml"));
        Map<String, Category> byCode = new HashMap<>();
        tree.forEach(root -> {
            byCode.put(root.code(), root);
            root.children().forEach(child -> byCode.put(child.code(), child));
        });
        Path folder = Files.createTempDirectory("ks-ranking-fit");
        TextEmbeddings embeddings = TextEmbeddings.bgeSmallZh(10_000);
        Map<UUID, String> ids = new HashMap<>();
        try (ProductIndex index = new ProductIndex(folder)) {
            long start = System.nanoTime();
            List<ProductIndex.IndexedProduct> products = new ArrayList<>();
            for (RelevanceProduct p : RelevanceSet.catalog()) {
                UUID id = UUID.nameUUIDFromBytes(p.id().getBytes(StandardCharsets.UTF_8));
                ids.put(id, p.id());
                Category leaf = byCode.get(p.categoryCode());
                Category parent = leaf.parentId() == null
                        ? leaf
                        : tree.stream()
                                .filter(r -> r.id().equals(leaf.parentId()))
                                .findFirst()
                                .orElse(leaf);
                List<String> texts = new ArrayList<>(List.of(
                        p.title(),
                        p.subtitle(),
                        p.brand(),
                        leaf.nameZh(),
                        leaf.nameEn(),
                        parent.nameZh(),
                        parent.nameEn()));
                p.specList().forEach(spec -> texts.add(String.join(" ", spec.values())));
                texts.removeIf(String::isBlank);
                ProductIndex.IndexedProduct product = new ProductIndex.IndexedProduct(
                        id,
                        true,
                        p.title(),
                        texts,
                        List.of(leaf.code(), parent.code()),
                        UUID.randomUUID(),
                        p.priceFen(),
                        p.sales(),
                        0,
                        p.ratingTenths(),
                        p.stock() > 0,
                        null);
                products.add(product.withVector(
                        embeddings.embed(product.embeddingText()).orElse(null)));
            }
            index.apply(products, 1, true);
            System.out.printf(
                    "Indexed %d products with embeddings in %.1f s%n",
                    products.size(), (System.nanoTime() - start) / 1e9);
            SynonymRules rules = SynonymRules.shipped();
            SearchEngine engine =
                    new SearchEngine(index, embeddings, () -> rules, () -> tree, null, SearchSettings.defaults());
            engine.refreshVocabulary();

            for (SearchSettings.Retrieval mode :
                    args.length > 0 ? new SearchSettings.Retrieval[0] : SearchSettings.Retrieval.values()) {
                for (boolean rerank : List.of(false, true)) {
                    engine.use(SearchSettings.defaults().with(mode, rerank));
                    System.out.printf(
                            "%-8s rerank=%-5s training %s | held-out %s%n",
                            mode,
                            rerank,
                            figures(engine, ids, RelevanceSet.training()),
                            figures(engine, ids, RelevanceSet.heldOut()));
                }
            }
            if (args.length > 0 && args[0].equals("eval")) {
                for (boolean rerank : List.of(false, true)) {
                    engine.use(SearchSettings.defaults().with(SearchSettings.Retrieval.HYBRID, rerank));
                    System.out.printf(
                            "HYBRID   rerank=%-5s training %s | held-out %s%n",
                            rerank,
                            figures(engine, ids, RelevanceSet.training()),
                            figures(engine, ids, RelevanceSet.heldOut()));
                }
                return;
            }
            SearchSettings.Weights best = SearchSettings.Weights.defaults();
            double bestScore = score(engine, ids, best);
            double[] steps = {0, 0.2, 0.5, 1.0, 2.0};
            for (int round = 0; round < 1; round++) {
                for (int f = 0; f < 7; f++) {
                    for (double value : steps) {
                        SearchSettings.Weights trial = with(best, f, value);
                        double s = score(engine, ids, trial);
                        if (s > bestScore + 1e-9) {
                            bestScore = s;
                            best = trial;
                        }
                    }
                }
                System.out.printf("round %d: %s (training score %.4f)%n", round + 1, best, bestScore);
            }
            engine.use(SearchSettings.defaults().with(best));
            System.out.printf(
                    "fitted   training %s | held-out %s%n",
                    figures(engine, ids, RelevanceSet.training()), figures(engine, ids, RelevanceSet.heldOut()));
        }
    }

    private static double score(SearchEngine engine, Map<UUID, String> ids, SearchSettings.Weights weights) {
        engine.use(SearchSettings.defaults().with(weights));
        RelevanceSet.Figures f = figures(engine, ids, RelevanceSet.training());
        return f.mrr() + f.top1() + f.top5();
    }

    private static SearchSettings.Weights with(SearchSettings.Weights w, int feature, double v) {
        return new SearchSettings.Weights(
                feature == 0 ? v : w.fused(),
                feature == 1 ? v : w.lexical(),
                feature == 2 ? v : w.semantic(),
                feature == 3 ? v : w.category(),
                feature == 4 ? v : w.sales(),
                feature == 5 ? v : w.rating(),
                feature == 6 ? v : w.stock());
    }

    static RelevanceSet.Figures figures(SearchEngine engine, Map<UUID, String> ids, List<RelevanceSet.Judgement> set) {
        List<RelevanceSet.Outcome> outcomes = new ArrayList<>();
        for (RelevanceSet.Judgement j : set) {
            SearchEngine.Outcome o = engine.search(SearchQuery.of(j.query()).page(0, 10));
            outcomes.add(j.judge(
                    o.relaxations().stream().anyMatch(r -> r.kind() == Relaxation.Kind.POPULAR)
                            ? List.of()
                            : o.ids().stream().map(ids::get).toList()));
        }
        return RelevanceSet.Figures.of(outcomes);
    }

    /** The category tree from the changelog's reference data, as the database would hold it. */
    static List<Category> categoryTree(Path... changelogs) throws IOException {
        Pattern insert = Pattern.compile("<insert tableName=\"catalog_category\">(.*?)</insert>", Pattern.DOTALL);
        Pattern column = Pattern.compile("<column name=\"(\\w+)\" value=\"([^\"]*)\"");
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path file : changelogs) {
            Matcher m = insert.matcher(Files.readString(file));
            while (m.find()) {
                Map<String, String> row = new LinkedHashMap<>();
                Matcher c = column.matcher(m.group(1));
                while (c.find()) {
                    row.put(c.group(1), c.group(2).replace("&amp;", "&"));
                }
                rows.add(row);
            }
        }
        List<Category> roots = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (row.get("parent_id") == null) {
                List<Category> children = rows.stream()
                        .filter(r -> row.get("id").equals(r.get("parent_id")))
                        .map(r -> new Category(
                                UUID.fromString(r.get("id")),
                                UUID.fromString(row.get("id")),
                                r.get("code"),
                                r.get("name_zh"),
                                r.get("name_en"),
                                List.of()))
                        .toList();
                roots.add(new Category(
                        UUID.fromString(row.get("id")),
                        null,
                        row.get("code"),
                        row.get("name_zh"),
                        row.get("name_en"),
                        children));
            }
        }
        return roots;
    }
}
