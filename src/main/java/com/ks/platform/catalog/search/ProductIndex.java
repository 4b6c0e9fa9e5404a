package com.ks.platform.catalog.search;

import com.ks.jooq.tables.records.CatalogProductRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded Lucene index of visible products, analysed by {@link SearchAnalysis} (Chinese words, CJK bigrams,
 * English; the title counts twice), with each product's embedding as an HNSW vector field beside the text. Queries
 * are put together by {@link SearchEngine}.
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
    static final String TITLE = "title";
    static final String VECTOR = "vector";
    private static final String REVISION_KEY = "revision";
    private static final String FORMAT_KEY = "format";
    /** Changes whenever documents gain or lose fields, so an index made by an older version is rebuilt. */
    private static final String FORMAT = "2";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private volatile long revision;
    private volatile String format;

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
            String storedFormat = "";
            if (committed != null) {
                for (var entry : committed) {
                    if (REVISION_KEY.equals(entry.getKey())) {
                        stored = Long.parseLong(entry.getValue());
                    }
                    if (FORMAT_KEY.equals(entry.getKey())) {
                        storedFormat = entry.getValue();
                    }
                }
            }
            this.revision = stored;
            this.format = storedFormat;
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

    /** Whether the documents on disk were written by this version with this vector setting. */
    boolean formatMatches(boolean vectors) {
        return format(vectors).equals(format);
    }

    private static String format(boolean vectors) {
        return FORMAT + (vectors ? "+vectors" : "");
    }

    /** Runs a read against the latest committed view of the index. */
    <T> T read(IndexRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface IndexRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Chinese words of the indexed text (two to six characters) and how many products use each. */
    Map<String, Integer> vocabulary() {
        return read(searcher -> {
            Map<String, Integer> words = new java.util.HashMap<>();
            for (var leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(WORDS);
                if (terms == null) {
                    continue;
                }
                org.apache.lucene.index.TermsEnum it = terms.iterator();
                for (org.apache.lucene.util.BytesRef term = it.next(); term != null; term = it.next()) {
                    String word = term.utf8ToString();
                    int length = word.codePointCount(0, word.length());
                    if (length >= 2 && length <= 6 && word.codePoints().allMatch(Pinyin::isHan)) {
                        words.merge(word, it.docFreq(), Integer::sum);
                    }
                }
            }
            return words;
        });
    }

    /** Indexes visible products and removes the rest; remembers the highest revision seen. */
    void apply(List<IndexedProduct> products, long upToRevision, boolean vectors) {
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
            commitWith(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitWith(boolean vectors) throws IOException {
        format = format(vectors);
        writer.setLiveCommitData(Map.of(REVISION_KEY, Long.toString(revision), FORMAT_KEY, format)
                .entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    void clear(boolean vectors) {
        try {
            writer.deleteAll();
            revision = 0;
            commitWith(vectors);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's filters (category, shop, price, rating, stock) as one filter query; null when there are none. */
    static Query filters(SearchQuery query) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean any = false;
        if (query.categoryCode() != null) {
            root.add(new TermQuery(new Term(CATEGORY, query.categoryCode())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (query.merchantId() != null) {
            root.add(new TermQuery(new Term(MERCHANT, query.merchantId().toString())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (query.minPriceFen() != null || query.maxPriceFen() != null) {
            long min = query.minPriceFen() == null ? 0 : query.minPriceFen();
            long max = query.maxPriceFen() == null ? Long.MAX_VALUE : query.maxPriceFen();
            root.add(LongPoint.newRangeQuery(PRICE, min, max), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (query.minRating() != null && query.minRating() > 0) {
            root.add(
                    IntPoint.newRangeQuery(RATING, (int) Math.round(query.minRating() * 10), 50),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        if (query.inStockOnly()) {
            root.add(IntPoint.newExactQuery(IN_STOCK, 1), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? root.build() : null;
    }

    /** What re-ranking needs of one document, read from doc values, stored fields and the vector. */
    static Features features(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        var reader = leaf.reader();
        Document stored = searcher.storedFields().document(doc, java.util.Set.of(ID, CATEGORY));
        long sales = value(reader.getNumericDocValues(SALES), local);
        long rating = value(reader.getNumericDocValues(RATING), local);
        long inStock = value(reader.getNumericDocValues(IN_STOCK), local);
        float[] vector = null;
        org.apache.lucene.index.FloatVectorValues vectors = reader.getFloatVectorValues(VECTOR);
        if (vectors != null) {
            var it = vectors.iterator();
            if (it.advance(local) == local) {
                vector = vectors.vectorValue(it.index()).clone();
            }
        }
        return new Features(
                UUID.fromString(stored.get(ID)),
                List.of(stored.getValues(CATEGORY)),
                sales,
                (int) rating,
                inStock == 1,
                vector);
    }

    private static long value(org.apache.lucene.index.NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : 0;
    }

    record Features(
            UUID id, List<String> categoryCodes, long sales, int ratingTenths, boolean inStock, float[] vector) {}

    static String normalized(String text) {
        return SearchAnalysis.normalized(text);
    }

    private static Document document(IndexedProduct p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.id().toString(), Field.Store.YES));
        String all = String.join(" ", p.texts());
        doc.add(new TextField(WORDS, p.title() + " " + p.title() + " " + all, Field.Store.NO));
        doc.add(new TextField(BIGRAMS, all, Field.Store.NO));
        doc.add(new TextField(ENGLISH, SearchAnalysis.latinOnly(all), Field.Store.NO));
        for (String code : p.categoryCodes()) {
            doc.add(new StringField(CATEGORY, code, Field.Store.YES));
        }
        doc.add(new StoredField(TITLE, p.title()));
        if (p.vector() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, p.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new StringField(MERCHANT, p.merchantId().toString(), Field.Store.NO));
        doc.add(new LongPoint(PRICE, p.minPriceFen()));
        doc.add(new NumericDocValuesField(PRICE, p.minPriceFen()));
        doc.add(new NumericDocValuesField(SALES, p.salesCount()));
        doc.add(new NumericDocValuesField(NEWEST, p.publishedAtMillis()));
        doc.add(new IntPoint(RATING, p.ratingTenths()));
        doc.add(new NumericDocValuesField(RATING, p.ratingTenths()));
        doc.add(new IntPoint(IN_STOCK, p.inStock() ? 1 : 0));
        doc.add(new NumericDocValuesField(IN_STOCK, p.inStock() ? 1 : 0));
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
            boolean inStock,
            float[] vector) {

        static IndexedProduct hidden(CatalogProductRecord r) {
            return new IndexedProduct(
                    r.getId(), false, "", List.of(), List.of(), r.getMerchantId(), 0, 0, 0, 0, false, null);
        }

        /** The text the product's embedding is made of: title, subtitle, brand, category path, key specs. */
        String embeddingText() {
            return String.join(" ", texts);
        }

        IndexedProduct withVector(float[] newVector) {
            return new IndexedProduct(
                    id,
                    visible,
                    title,
                    texts,
                    categoryCodes,
                    merchantId,
                    minPriceFen,
                    salesCount,
                    publishedAtMillis,
                    ratingTenths,
                    inStock,
                    newVector);
        }
    }
}
