package com.ks.platform.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The platform's text analysis, shared by every Lucene index (products here, help articles in support): three
 * analyses of the same text — Chinese words (smartcn), CJK bigrams (robust where word segmentation splits a word
 * oddly) and English with stemming and typo tolerance. A field is named by a group and its analysis
 * ({@code title.words}); the empty group is the product index's own ({@code words}).
 */
public final class SearchAnalysis {

    public static final String WORDS = "words";
    public static final String BIGRAMS = "bigrams";
    public static final String ENGLISH = "english";
    public static final int MAX_QUERY_CHARS = 100;
    private static final float MIN_SHOULD_MATCH = 0.6f;

    private SearchAnalysis() {}

    public static String field(String group, String analysis) {
        return group.isEmpty() ? analysis : group + "." + analysis;
    }

    /** A new analyzer that picks the analysis by the field name's ending; the caller closes it with its index. */
    public static Analyzer analyzer() {
        return new FieldAnalyzer();
    }

    /**
     * An analyzer for queries: the index's analyses with the synonym rules applied after word segmentation (Chinese
     * words) and after stemming (English). Synonyms apply at query time only, so a new dictionary needs no re-index.
     */
    static Analyzer queryAnalyzer(SynonymRules synonyms) {
        return new FieldAnalyzer(synonyms);
    }

    /** The Chinese-word analysis without synonyms; synonym rules are parsed with it so both sides agree. */
    static Analyzer wordsAnalyzer() {
        return new SmartChineseAnalyzer();
    }

    /** The English analysis without stop words, for parsing synonym rules (a rule may contain "for"). */
    static Analyzer englishRulesAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The group's three analysed fields for one text (not stored). */
    public static List<IndexableField> fields(String group, String text) {
        String value = text == null ? "" : text;
        return List.of(
                new TextField(field(group, WORDS), value, Field.Store.NO),
                new TextField(field(group, BIGRAMS), value, Field.Store.NO),
                new TextField(field(group, ENGLISH), latinOnly(value), Field.Store.NO));
    }

    /**
     * Any of the group's analyses may match; word matches count most, typo-tolerant English least. {@code text} is
     * {@link #normalized}; null when nothing in it can match.
     */
    public static Query query(Analyzer analyzer, String group, String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        // a synonym of several words ("rice cooker") must match as a phrase, not as any one of its words
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Most of the words must match: a query that shares one common character with a title is not a hit.
        addIfPresent(any, builder.createMinShouldMatchQuery(field(group, WORDS), text, MIN_SHOULD_MATCH), 3f);
        addIfPresent(any, builder.createMinShouldMatchQuery(field(group, BIGRAMS), text, MIN_SHOULD_MATCH), 1.5f);
        String latin = latinOnly(text);
        String english = field(group, ENGLISH);
        if (!latin.isBlank()) {
            addIfPresent(any, builder.createBooleanQuery(english, latin, BooleanClause.Occur.SHOULD), 2f);
        }
        for (String token : tokens(analyzer, english, latin)) {
            if (token.length() >= 4 && token.chars().allMatch(c -> c < 128)) {
                any.add(
                        new BoostQuery(new FuzzyQuery(new Term(english, token), token.length() >= 7 ? 2 : 1), 0.8f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private static void addIfPresent(BooleanQuery.Builder into, Query query, float boost) {
        if (query != null) {
            into.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** Whatever a person types: control characters dropped, length capped, so no input can break an index. */
    public static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        return cleaned.length() > MAX_QUERY_CHARS ? cleaned.substring(0, MAX_QUERY_CHARS) : cleaned;
    }

    /**
     * The English field sees only Latin text: the standard tokenizer would otherwise split Chinese into single
     * characters, and "手" would match every title with 手 in it.
     */
    public static String latinOnly(String text) {
        return text.codePoints()
                .map(c -> c >= 0x2E80 ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < 20) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static final class FieldAnalyzer extends DelegatingAnalyzerWrapper {

        private final Analyzer words;
        private final Analyzer bigrams = new CJKAnalyzer();
        private final Analyzer english;

        FieldAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
            this.words = new SmartChineseAnalyzer();
            this.english = new EnglishAnalyzer();
        }

        FieldAnalyzer(SynonymRules synonyms) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.words = withSynonyms(new SmartChineseAnalyzer(), synonyms.words());
            this.english = withSynonyms(new EnglishAnalyzer(), synonyms.english());
        }

        private static Analyzer withSynonyms(Analyzer base, SynonymMap map) {
            if (map == null || map.fst == null) {
                return base;
            }
            return new AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
                @Override
                protected Analyzer getWrappedAnalyzer(String fieldName) {
                    return base;
                }

                @Override
                protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                    return new TokenStreamComponents(
                            components.getSource(), new SynonymGraphFilter(components.getTokenStream(), map, true));
                }

                @Override
                public void close() {
                    super.close();
                    base.close();
                }
            };
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (fieldName.endsWith(WORDS)) {
                return words;
            }
            if (fieldName.endsWith(ENGLISH)) {
                return english;
            }
            return bigrams;
        }

        @Override
        public void close() {
            super.close();
            words.close();
            bigrams.close();
            english.close();
        }
    }
}
