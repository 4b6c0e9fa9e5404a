package com.ks.platform.catalog.search;

import com.ks.jooq.tables.records.CatalogProductRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded Lucene index of visible products, analysed by {@link SearchAnalysis} (Chinese words, CJK bigrams,
 * English); the title counts twice.
 * Each node keeps its own index and follows the database's revision column ({@link SearchIndexSync}).
 */
class ProductIndex implements AutoCloseable {

    static final String ID = "id";
    static final String WORDS = SearchAnalysis.WORDS;
    static final String BIGRAMS = SearchAnalysis.BIGRAMS;
    static final String ENGLISH = SearchAnalysis.ENGLISH;
    static final String CATEGORY = "category";
    static final String MERCHANT = "merchant";
    static final String PRICE = "price";
    static final String SALES = "sales";
    static final String NEWEST = "newest";
    static final String RATING = "rating";
    static final String IN_STOCK = "in_stock";
    private static final String REVISION_KEY = "revision";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private volatile long revision;

    ProductIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
            this.analyzer = SearchAnalysis.analyzer();
            IndexWriterConfig config =
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
            var committed = writer.getLiveCommitData();
            long stored = 0;
            if (committed != null) {
                for (var entry : committed) {
                    if (REVISION_KEY.equals(entry.getKey())) {
                        stored = Long.parseLong(entry.getValue());
                    }
                }
            }
            this.revision = stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long revision() {
        return revision;
    }

    int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /** Indexes visible products and removes the rest; remembers the highest revision seen. */
    void apply(List<IndexedProduct> products, long upToRevision) {
        try {
            for (IndexedProduct product : products) {
                Term id = new Term(ID, product.id().toString());
                if (product.visible()) {
                    writer.updateDocument(id, document(product));
                } else {
                    writer.deleteDocuments(id);
                }
            }
            if (upToRevision > revision) {
                revision = upToRevision;
            }
            writer.setLiveCommitData(
                    Map.of(REVISION_KEY, Long.toString(revision)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
            revision = 0;
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Product ids of one page, best first, and the total number of hits. */
    Hits search(SearchQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query lucene = toLucene(query);
                int wanted = Math.max(1, query.offset() + query.limit());
                TopDocs top = switch (query.sort() == null ? SearchQuery.SearchSort.RELEVANCE : query.sort()) {
                    case RELEVANCE -> searcher.search(lucene, new TopScoreDocCollectorManager(wanted, 1000));
                    case PRICE_ASC ->
                        sorted(searcher, lucene, wanted, new SortField(PRICE, SortField.Type.LONG, false));
                    case PRICE_DESC ->
                        sorted(searcher, lucene, wanted, new SortField(PRICE, SortField.Type.LONG, true));
                    case SALES -> sorted(searcher, lucene, wanted, new SortField(SALES, SortField.Type.LONG, true));
                    case NEWEST -> sorted(searcher, lucene, wanted, new SortField(NEWEST, SortField.Type.LONG, true));
                };
                int total = searcher.count(lucene);
                List<UUID> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = query.offset(); i < docs.length && ids.size() < query.limit(); i++) {
                    ids.add(UUID.fromString(
                            searcher.storedFields().document(docs[i].doc).get(ID)));
                }
                return new Hits(total, ids);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TopDocs sorted(IndexSearcher searcher, Query query, int wanted, SortField field) throws IOException {
        Sort sort = new Sort(field, SortField.FIELD_SCORE);
        return searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, 1000));
    }

    private Query toLucene(SearchQuery query) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        String text = normalized(query.text());
        if (text.isEmpty()) {
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            root.add(textQuery(text), BooleanClause.Occur.MUST);
        }
        if (query.categoryCode() != null) {
            root.add(new TermQuery(new Term(CATEGORY, query.categoryCode())), BooleanClause.Occur.FILTER);
        }
        if (query.merchantId() != null) {
            root.add(new TermQuery(new Term(MERCHANT, query.merchantId().toString())), BooleanClause.Occur.FILTER);
        }
        if (query.minPriceFen() != null || query.maxPriceFen() != null) {
            long min = query.minPriceFen() == null ? 0 : query.minPriceFen();
            long max = query.maxPriceFen() == null ? Long.MAX_VALUE : query.maxPriceFen();
            root.add(LongPoint.newRangeQuery(PRICE, min, max), BooleanClause.Occur.FILTER);
        }
        if (query.minRating() != null && query.minRating() > 0) {
            root.add(
                    IntPoint.newRangeQuery(RATING, (int) Math.round(query.minRating() * 10), 50),
                    BooleanClause.Occur.FILTER);
        }
        if (query.inStockOnly()) {
            root.add(IntPoint.newExactQuery(IN_STOCK, 1), BooleanClause.Occur.FILTER);
        }
        return root.build();
    }

    private Query textQuery(String text) {
        Query query = SearchAnalysis.query(analyzer, "", text);
        return query == null ? new MatchNoDocsQuery() : query;
    }

    static String normalized(String text) {
        return SearchAnalysis.normalized(text);
    }

    private static Document document(IndexedProduct p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.id().toString(), Field.Store.YES));
        String all = String.join(" ", p.texts());
        String synonyms = String.join(" ", Synonyms.expand(all));
        doc.add(new TextField(WORDS, p.title() + " " + p.title() + " " + all + " " + synonyms, Field.Store.NO));
        doc.add(new TextField(BIGRAMS, all + " " + synonyms, Field.Store.NO));
        doc.add(new TextField(ENGLISH, SearchAnalysis.latinOnly(all + " " + synonyms), Field.Store.NO));
        for (String code : p.categoryCodes()) {
            doc.add(new StringField(CATEGORY, code, Field.Store.NO));
        }
        doc.add(new StringField(MERCHANT, p.merchantId().toString(), Field.Store.NO));
        doc.add(new LongPoint(PRICE, p.minPriceFen()));
        doc.add(new NumericDocValuesField(PRICE, p.minPriceFen()));
        doc.add(new NumericDocValuesField(SALES, p.salesCount()));
        doc.add(new NumericDocValuesField(NEWEST, p.publishedAtMillis()));
        doc.add(new IntPoint(RATING, p.ratingTenths()));
        doc.add(new IntPoint(IN_STOCK, p.inStock() ? 1 : 0));
        return doc;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }

    record Hits(int total, List<UUID> ids) {}

    /** What the index needs of a product, assembled by {@link SearchIndexSync}. */
    record IndexedProduct(
            UUID id,
            boolean visible,
            String title,
            List<String> texts,
            List<String> categoryCodes,
            UUID merchantId,
            long minPriceFen,
            int salesCount,
            long publishedAtMillis,
            int ratingTenths,
            boolean inStock) {

        static IndexedProduct hidden(CatalogProductRecord r) {
            return new IndexedProduct(r.getId(), false, "", List.of(), List.of(), r.getMerchantId(), 0, 0, 0, 0, false);
        }
    }
}
