package com.ks.platform.catalog.search;

import com.ks.platform.catalog.Category;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Latency of the search engine with semantic retrieval on (hybrid BM25 + k-NN, re-ranking, the shipped synonyms) over
 * {@code ks.bench.products} products (default 100 000) from the relevance generator ({@link RelevanceCatalog#scaled}):
 * the index build rate with embeddings (one thread, batches of 500, as {@code SearchIndexSync} does), the heap and
 * resident memory the model and the vectors add, then p50/p95/p99 of one client with the query embeddings cached (the
 * relevance set's 428 queries, each asked before), of one client without a cache (every query embedded), and of 10
 * concurrent clients (cached). Not a test: nothing passes or fails.
 *
 * <pre>./mvnw -B -q -ntp -Pbench test-compile exec:java \
 *     -Dexec.mainClass=com.ks.platform.catalog.search.SemanticLatencyBenchmark -Dks.bench.products=100000</pre>
 */
public final class SemanticLatencyBenchmark {

    private SemanticLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("ks.bench.products", 100_000);
        int calls = Integer.getInteger("ks.bench.calls", 2_000);
        List<Category> tree = categoryTree();
        Map<String, Category[]> leafAndParent = new HashMap<>();
        tree.forEach(root -> root.children().forEach(c -> leafAndParent.put(c.code(), new Category[] {c, root})));
        List<String> queries = Stream.concat(RelevanceSet.training().stream(), RelevanceSet.heldOut().stream())
                .map(RelevanceSet.Judgement::query)
                .toList();

        Memory base = Memory.now();
        TextEmbeddings embeddings = TextEmbeddings.bgeSmallZh(10_000);
        embeddings.embed("预热模型").orElseThrow();
        Memory model = Memory.now();
        System.out.printf(
                "model loaded: heap +%.1f MiB, RSS +%.1f MiB%n",
                model.heapMiB - base.heapMiB, model.rssMiB - base.rssMiB);

        Path folder = Files.createTempDirectory("ks-semantic-bench");
        try (ProductIndex index = new ProductIndex(folder)) {
            List<RelevanceProduct> products = RelevanceCatalog.scaled(count);
            UUID shop = UUID.nameUUIDFromBytes("bench-shop".getBytes(StandardCharsets.UTF_8));
            long began = System.nanoTime();
            List<ProductIndex.IndexedProduct> batch = new ArrayList<>();
            int done = 0;
            for (RelevanceProduct p : products) {
                batch.add(indexed(p, shop, leafAndParent, embeddings));
                if (batch.size() == 500) {
                    index.apply(batch, ++done, true);
                    batch.clear();
                    if (done % 20 == 0) {
                        System.out.printf(
                                "  %,d indexed, %.0f products/s%n",
                                done * 500, done * 500 / ((System.nanoTime() - began) / 1e9));
                    }
                }
            }
            index.apply(batch, ++done, true);
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(
                    "indexed %,d products with embeddings in %.1f s: %.0f products/s%n",
                    count, seconds, count / seconds);
            long vectorBytes;
            try (Stream<Path> files = Files.list(folder)) {
                vectorBytes = files.filter(f ->
                                f.toString().endsWith(".vec") || f.toString().endsWith(".vex"))
                        .mapToLong(f -> f.toFile().length())
                        .sum();
            }

            SynonymRules rules = SynonymRules.shipped();
            SearchEngine engine =
                    new SearchEngine(index, embeddings, () -> rules, () -> tree, null, SearchSettings.defaults());
            engine.refreshVocabulary();
            for (String q : queries) {
                engine.search(SearchQuery.of(q));
            }
            Memory searched = Memory.now();
            System.out.printf(
                    "after indexing and one pass of queries: heap +%.1f MiB, RSS +%.1f MiB over the model; vector files %.1f MiB on disk%n",
                    searched.heapMiB - model.heapMiB, searched.rssMiB - model.rssMiB, vectorBytes / 1048576.0);

            report("1 client, query embeddings cached", oneClient(engine, queries, calls));
            TextEmbeddings uncachedEmbeddings = TextEmbeddings.bgeSmallZh(0);
            SearchEngine uncached = new SearchEngine(
                    index, uncachedEmbeddings, () -> rules, () -> tree, null, SearchSettings.defaults());
            uncached.refreshVocabulary();
            report("1 client, every query embedded (no cache)", oneClient(uncached, queries, Math.min(calls, 1_000)));
            report("10 concurrent clients, cached", concurrent(engine, queries, 10, calls / 2));
        }
    }

    private static ProductIndex.IndexedProduct indexed(
            RelevanceProduct p, UUID shop, Map<String, Category[]> leafAndParent, TextEmbeddings embeddings) {
        Category[] c = leafAndParent.get(p.categoryCode());
        List<String> texts = new ArrayList<>(Stream.of(
                        p.title(), p.subtitle(), p.brand(), c[0].nameZh(), c[0].nameEn(), c[1].nameZh(), c[1].nameEn())
                .filter(t -> !t.isBlank())
                .toList());
        p.specList().forEach(spec -> texts.addAll(spec.values()));
        ProductIndex.IndexedProduct product = new ProductIndex.IndexedProduct(
                UUID.nameUUIDFromBytes(p.id().getBytes(StandardCharsets.UTF_8)),
                true,
                p.title(),
                texts,
                List.of(c[0].code(), c[1].code()),
                shop,
                p.priceFen(),
                p.sales(),
                0,
                p.ratingTenths(),
                p.stock() > 0,
                null);
        return product.withVector(embeddings.embed(product.embeddingText()).orElse(null));
    }

    private static long[] oneClient(SearchEngine engine, List<String> queries, int calls) {
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            engine.search(SearchQuery.of(queries.get(i % queries.size())));
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static long[] concurrent(SearchEngine engine, List<String> queries, int clients, int callsEach)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 37;
                results.add(pool.submit(() -> {
                    long[] nanos = new long[callsEach];
                    for (int i = 0; i < callsEach; i++) {
                        long t0 = System.nanoTime();
                        engine.search(SearchQuery.of(queries.get((offset + i) % queries.size())));
                        nanos[i] = System.nanoTime() - t0;
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                for (long n : f.get()) {
                    all.add(n);
                }
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(
                "%s: %,d searches, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what,
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    /** The platform's category tree as the changelogs insert it (this benchmark boots no database). */
    static List<Category> categoryTree() throws Exception {
        Pattern insert = Pattern.compile("<insert tableName=\"catalog_category\">(.*?)</insert>", Pattern.DOTALL);
        Pattern column = Pattern.compile("<column name=\"(\\w+)\" value=\"([^\"]*)\"");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String file : List.of("db/catalog/changelog.xml", "db/catalog/searchbench-categories.xml")) {
            Matcher m = insert.matcher(Files.readString(Path.of(file)));
            while (m.find()) {
                Map<String, String> row = new HashMap<>();
                Matcher c = column.matcher(m.group(1));
                while (c.find()) {
                    row.put(c.group(1), c.group(2).replace("&amp;", "&"));
                }
                rows.add(row);
            }
        }
        List<Category> roots = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (r.get("parent_id") == null) {
                List<Category> children = rows.stream()
                        .filter(c -> r.get("id").equals(c.get("parent_id")))
                        .map(c -> new Category(
                                UUID.fromString(c.get("id")),
                                UUID.fromString(r.get("id")),
                                c.get("code"),
                                c.get("name_zh"),
                                c.get("name_en"),
                                List.of()))
                        .toList();
                roots.add(new Category(
                        UUID.fromString(r.get("id")),
                        null,
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("name_en"),
                        children));
            }
        }
        return roots;
    }

    private record Memory(double heapMiB, double rssMiB) {
        static Memory now() throws Exception {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            double heap =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return new Memory(heap, rss);
        }
    }
}
