package com.ks.platform.bench;

import com.ks.platform.catalog.search.RelevanceProduct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The yardstick: one Lucene field over the same text the platform indexes (title, subtitle, brand, spec values, the
 * category's and its parent's names in both languages), Chinese word segmentation (smartcn, which also lower-cases and
 * stems English), any query word may match, Lucene's default BM25 — no bigrams, synonyms, typo tolerance or ranking
 * signals.
 */
final class PlainBm25 implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** {@code categoryNames}: code → names of the category and its parent, in both languages. */
    PlainBm25(List<RelevanceProduct> products, Map<String, String> categoryNames) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (RelevanceProduct p : products) {
                Document doc = new Document();
                doc.add(new StringField(ID, p.id(), Field.Store.YES));
                doc.add(new TextField(
                        TEXT, p.text() + " " + categoryNames.getOrDefault(p.categoryCode(), ""), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Relevance ids, best first. */
    List<String> search(String text, int limit) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text);
        if (query == null) {
            return List.of();
        }
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
