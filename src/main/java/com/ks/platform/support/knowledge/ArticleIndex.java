package com.ks.platform.support.knowledge;

import com.ks.platform.catalog.search.SearchAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An in-memory Lucene index of the published articles, analysed as the catalog analyses products. Articles are few
 * (hundreds), so every change rebuilds the whole index and swaps it in; searches keep the one they started with.
 * Each node rebuilds after its own changes and, for changes made on other nodes, when the articles' stamp (count and
 * latest update) moves.
 */
@Component
class ArticleIndex {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
    private static final String SLUG = "slug";
    private static final String CATEGORY = "category";
    private static final String TITLE = "title";
    private static final String BODY = "body";

    private final KnowledgeRepository articles;
    private final Analyzer analyzer = SearchAnalysis.analyzer();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    ArticleIndex(KnowledgeRepository articles) {
        this.articles = articles;
    }

    /** Slugs of the best matches, best first; a query that cannot match anything (or garbage) finds nothing. */
    List<String> search(String text, ArticleCategory category, int limit) {
        String normalized = SearchAnalysis.normalized(text);
        if (normalized.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query title = SearchAnalysis.query(analyzer, TITLE, normalized);
        Query body = SearchAnalysis.query(analyzer, BODY, normalized);
        if (title == null && body == null) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (title != null) {
            // a match in the title says more about what the article answers than one in the body
            any.add(new BoostQuery(title, 4f), BooleanClause.Occur.SHOULD);
        }
        if (body != null) {
            any.add(body, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        if (category != null) {
            root.add(new TermQuery(new Term(CATEGORY, category.name())), BooleanClause.Occur.FILTER);
        }
        IndexSearcher searcher = snapshot().searcher();
        try {
            List<String> slugs = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(root.build(), limit).scoreDocs) {
                slugs.add(searcher.storedFields().document(doc.doc).get(SLUG));
            }
            return slugs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(KnowledgeChanged changed) {
        rebuild();
    }

    @Scheduled(fixedDelayString = "${ks.support.knowledge.index-check:PT30S}", initialDelay = 30_000)
    void followOtherNodes() {
        Snapshot snapshot = current.get();
        if (snapshot == null || !snapshot.stamp().equals(articles.stamp())) {
            rebuild();
        }
    }

    synchronized void rebuild() {
        String stamp = articles.stamp();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (KnowledgeRepository.IndexedArticle article : articles.publishedForIndex()) {
                Document doc = new Document();
                doc.add(new StringField(SLUG, article.slug(), Field.Store.YES));
                doc.add(new StringField(CATEGORY, article.category().name(), Field.Store.NO));
                SearchAnalysis.fields(TITLE, String.join(" ", article.titles())).forEach(doc::add);
                String bodies = String.join(
                        " ",
                        article.bodies().stream()
                                .map(html -> Jsoup.parse(html).text())
                                .toList());
                SearchAnalysis.fields(BODY, bodies).forEach(doc::add);
                writer.addDocument(doc);
            }
            writer.commit();
            Snapshot fresh = new Snapshot(new IndexSearcher(DirectoryReader.open(directory)), stamp);
            // the previous reader is left to the garbage collector: a search may still be reading it, and an
            // in-memory directory holds no file handles
            current.set(fresh);
        } catch (IOException e) {
            log.error("Could not rebuild the help-centre index", e);
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            rebuild();
            snapshot = current.get();
        }
        return snapshot;
    }

    private record Snapshot(IndexSearcher searcher, String stamp) {}
}
