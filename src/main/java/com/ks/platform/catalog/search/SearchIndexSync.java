package com.ks.platform.catalog.search;

import com.ks.jooq.tables.records.CatalogProductRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.shared.DatabaseStartUp;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with the database: every couple of seconds it indexes rows with a newer revision
 * (changes made through any node), and every few minutes it re-reads rows updated recently whatever their revision
 * (edits made straight in the database). A missing index is rebuilt at start-up. Products are embedded here, and the
 * synonym dictionary follows the newest saved revision at each poll. Runs on every node on purpose: each
 * node has its own index, so no ShedLock here.
 */
@Component
class SearchIndexSync {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexSync.class);
    private static final int BATCH = 500;
    private static final Duration RECONCILE_OVERLAP = Duration.ofMinutes(10);
    private static final Duration IN_FLIGHT = Duration.ofSeconds(30);

    private final SearchSourceRepository catalog;
    private final CatalogQueries categories;
    private final Clock clock;
    private final ProductIndex index;
    private final TextEmbeddings embeddings;
    private final SynonymDictionary synonyms;
    private final SearchEngine engine;
    private volatile Instant lastReconcile;

    SearchIndexSync(
            SearchSourceRepository catalog,
            CatalogQueries categories,
            Clock clock,
            SearchSettings settings,
            TextEmbeddings embeddings,
            SynonymDictionary synonyms,
            ObjectProvider<SearchFeedback> feedback) {
        this.catalog = catalog;
        this.categories = categories;
        this.clock = clock;
        this.embeddings = embeddings;
        this.synonyms = synonyms;
        this.index = new ProductIndex(settings.indexDir());
        this.engine = new SearchEngine(
                index, embeddings, synonyms::rules, categories::categoryTree, feedback.getIfAvailable(), settings);
        this.lastReconcile = clock.instant();
    }

    SearchEngine engine() {
        return engine;
    }

    /**
     * Runs once the app has started; while the database is away it waits (an exception here would shut the node down,
     * issue 22), and readiness stays DOWN until it is done.
     */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        DatabaseStartUp.whenDatabaseAnswers("search index catch-up", this::catchUpAtStartUp);
    }

    private void catchUpAtStartUp() {
        synonyms.refresh();
        boolean vectors = vectors();
        if (index.documentCount() == 0 || index.revision() > catalog.maxRevision() || !index.formatMatches(vectors)) {
            // empty, made from another database, or by another version (or without the model): start over
            index.clear(vectors);
        }
        long before = index.revision();
        readNewRevisions();
        engine.refreshVocabulary();
        log.info("Search index ready: {} products (revision {} → {})", index.documentCount(), before, index.revision());
    }

    /** Whether products get embeddings: loads the model now, so its failure is logged at start-up. */
    private boolean vectors() {
        return embeddings.available() && embeddings.embed("warm-up").isPresent();
    }

    /** Indexes every change newer than the index's revision, and recent ones; returns how many rows were read. */
    synchronized int catchUp() {
        int read = readNewRevisions();
        List<CatalogProductRecord> recent = catalog.updatedSince(clock.instant().minus(IN_FLIGHT), BATCH);
        if (!recent.isEmpty()) {
            index.apply(assemble(recent), index.revision(), embeddings.available());
        }
        if (read + recent.size() > 0) {
            engine.refreshVocabulary();
        }
        return read + recent.size();
    }

    private int readNewRevisions() {
        int read = 0;
        while (true) {
            List<CatalogProductRecord> changed = catalog.changedSince(index.revision(), BATCH);
            if (changed.isEmpty()) {
                return read;
            }
            index.apply(assemble(changed), changed.getLast().getRevision(), embeddings.available());
            read += changed.size();
        }
    }

    @Scheduled(
            fixedDelayString = "${ks.search.poll-interval:PT2S}",
            initialDelayString = "${ks.search.poll-interval:PT2S}")
    void poll() {
        SynonymRules before = synonyms.rules();
        synonyms.refresh();
        int read = catchUp();
        if (read == 0 && before != synonyms.rules()) {
            engine.refreshVocabulary();
        }
    }

    @Scheduled(
            fixedDelayString = "${ks.search.reconcile-interval:PT5M}",
            initialDelayString = "${ks.search.reconcile-interval:PT5M}")
    synchronized void reconcile() {
        Instant since = lastReconcile.minus(RECONCILE_OVERLAP);
        lastReconcile = clock.instant();
        List<CatalogProductRecord> touched = catalog.updatedSince(since, 10_000);
        if (!touched.isEmpty()) {
            index.apply(assemble(touched), index.revision(), embeddings.available());
            engine.refreshVocabulary();
        }
    }

    private List<ProductIndex.IndexedProduct> assemble(List<CatalogProductRecord> rows) {
        Map<java.util.UUID, List<String>> skuTexts =
                catalog.skuTexts(rows.stream().map(CatalogProductRecord::getId).toList());
        Map<java.util.UUID, Category> byId = new java.util.HashMap<>();
        for (Category root : categories.categoryTree()) {
            byId.put(root.id(), root);
            root.children().forEach(child -> byId.put(child.id(), child));
        }
        List<ProductIndex.IndexedProduct> products = new ArrayList<>();
        for (CatalogProductRecord r : rows) {
            if (!CatalogQueries.isVisible(r)) {
                products.add(ProductIndex.IndexedProduct.hidden(r));
                continue;
            }
            Category category = byId.get(r.getCategoryId());
            Category parent = category.parentId() == null ? category : byId.get(category.parentId());
            List<String> texts = new ArrayList<>(Stream.of(
                            r.getTitle(),
                            r.getSubtitle(),
                            r.getBrand(),
                            category.nameZh(),
                            category.nameEn(),
                            parent.nameZh(),
                            parent.nameEn())
                    .filter(t -> t != null && !t.isBlank())
                    .toList());
            texts.addAll(skuTexts.getOrDefault(r.getId(), List.of()));
            int ratingTenths = r.getRatingCount() == 0 ? 0 : Math.round(10f * r.getRatingSum() / r.getRatingCount());
            products.add(new ProductIndex.IndexedProduct(
                    r.getId(),
                    true,
                    r.getTitle(),
                    texts,
                    List.of(category.code(), parent.code()),
                    r.getMerchantId(),
                    r.getMinPriceFen(),
                    r.getSalesCount(),
                    r.getPublishedAt() == null ? 0 : r.getPublishedAt().toEpochMilli(),
                    ratingTenths,
                    r.getTotalStock() > 0,
                    null));
        }
        // embedded here, in the sync's thread, never on a shopper's request
        products.replaceAll(p ->
                p.visible() ? p.withVector(embeddings.embed(p.embeddingText()).orElse(null)) : p);
        return products;
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
