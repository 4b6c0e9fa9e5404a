package com.ks.platform.catalog.search;

import com.ks.platform.catalog.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * How a query is answered: understood (synonyms at query time, pinyin and homophones read as Chinese words, category
 * intent), retrieved (BM25 over the analysed text and k-NN over embeddings, fused by reciprocal rank), re-ranked
 * (a linear blend of features whose weights are configuration) and, when nothing matches, relaxed step by step.
 * Plain Java over one {@link ProductIndex}, so the relevance benchmark runs it without Spring.
 */
final class SearchEngine {

    static final int LEXICAL_CANDIDATES = 100;
    static final int SEMANTIC_CANDIDATES = 50;
    private static final int RRF_K = 60;
    private static final double CATEGORY_MIN_SIMILARITY = 0.72;

    private final ProductIndex index;
    private final TextEmbeddings embeddings;
    private final Supplier<SynonymRules> synonyms;
    private final Supplier<List<Category>> categoryTree;
    private final SearchFeedback feedback;
    private volatile SearchSettings settings;
    private volatile Analyzed analyzed;
    private volatile PinyinVocabulary vocabulary = PinyinVocabulary.EMPTY;
    private volatile Set<String> latinWords = Set.of();
    private volatile Map<String, float[]> categoryVectors;
    private final Map<String, Map<String, Double>> learnedIntent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Double>> eldest) {
            return size() > 1_000;
        }
    };

    SearchEngine(
            ProductIndex index,
            TextEmbeddings embeddings,
            Supplier<SynonymRules> synonyms,
            Supplier<List<Category>> categoryTree,
            SearchFeedback feedback,
            SearchSettings settings) {
        this.index = index;
        this.embeddings = embeddings;
        this.synonyms = synonyms;
        this.categoryTree = categoryTree;
        this.feedback = feedback;
        this.settings = settings;
    }

    SearchSettings settings() {
        return settings;
    }

    /** For the benchmark: compare retrieval modes and weights on one index. */
    void use(SearchSettings newSettings) {
        this.settings = newSettings;
    }

    /** Re-reads the words search knows by pinyin; after index changes and dictionary reloads. */
    void refreshVocabulary() {
        Map<String, Integer> words = new HashMap<>(index.vocabulary());
        synonyms.get().groups().keySet().stream()
                .filter(w -> !w.isEmpty() && w.codePoints().allMatch(Pinyin::isHan))
                .forEach(w -> words.merge(w, 100, Integer::sum));
        categories().forEach(c -> words.merge(c.nameZh(), 10_000, Integer::sum));
        vocabulary = PinyinVocabulary.build(words);
        Set<String> latin = new java.util.HashSet<>();
        for (String key : synonyms.get().groups().keySet()) {
            for (String word : key.split("[^a-z]+")) {
                if (word.length() >= 3) {
                    latin.add(word);
                }
            }
        }
        latinWords = latin;
        learnedIntentClear();
    }

    private void learnedIntentClear() {
        synchronized (learnedIntent) {
            learnedIntent.clear();
        }
    }

    /** Known words for what is typed so far in pinyin or initials ({@code dn} → 电脑), heaviest first. */
    List<String> pinyinCompletions(String typed, int limit) {
        return Pinyin.looksLikePinyin(typed) ? vocabulary.completions(typed, limit) : List.of();
    }

    Outcome search(SearchQuery query) {
        String text = ProductIndex.normalized(query.text());
        if (text.isEmpty()) {
            return browse(query);
        }
        Understood understood = understand(text);
        Outcome outcome = run(query, understood, List.of());
        if (outcome.total() > 0) {
            return outcome;
        }
        List<Relaxation> steps = new ArrayList<>();
        SearchQuery relaxed = query;
        if (ProductIndex.filters(withoutShop(query)) != null) {
            relaxed = withoutFilters(query);
            steps.add(new Relaxation(Relaxation.Kind.FILTERS_DROPPED, null));
            outcome = run(relaxed, understood, steps);
            if (outcome.total() > 0) {
                return outcome;
            }
        }
        List<String> words = SearchAnalysis.tokens(analyzed().plain(), ProductIndex.WORDS, text).stream()
                .distinct()
                .toList();
        if (words.size() > 1) {
            List<String> kept = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (String word : words) {
                // a single character on its own (不, 的) matches by accident: it is not worth keeping
                boolean worth = word.codePointCount(0, word.length()) >= 2;
                (worth && lexicalCount(relaxed, understand(word)) > 0 ? kept : dropped).add(word);
            }
            if (!kept.isEmpty() && !dropped.isEmpty()) {
                List<Relaxation> withWords = new ArrayList<>(steps);
                withWords.add(new Relaxation(
                        Relaxation.Kind.WORDS_DROPPED,
                        String.join(
                                " ", dropped.stream().map(w -> asTyped(text, w)).toList())));
                outcome = run(relaxed, understand(String.join(" ", kept)), withWords);
                if (outcome.total() > 0) {
                    return outcome;
                }
            }
        }
        steps.add(new Relaxation(Relaxation.Kind.POPULAR, null));
        SearchQuery popular = new SearchQuery(
                "",
                null,
                null,
                null,
                relaxed.merchantId(),
                null,
                false,
                SearchQuery.SearchSort.SALES,
                0,
                query.limit());
        Outcome shown = query.offset() > 0 ? new Outcome(0, List.of(), steps, List.of()) : browse(popular);
        List<String> nearest = understood.intent().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(3)
                .toList();
        return new Outcome(shown.ids().size() + query.offset(), shown.ids(), steps, nearest);
    }

    /** The word as the shopper typed it, not its stem (xyzzi → xyzzy). */
    private static String asTyped(String text, String token) {
        for (String typed : text.split("[^\\p{L}\\p{N}]+")) {
            String lower = typed.toLowerCase(Locale.ROOT);
            if (lower.equals(token)) {
                return typed;
            }
            int common = 0;
            while (common < Math.min(lower.length(), token.length()) && lower.charAt(common) == token.charAt(common)) {
                common++;
            }
            if (token.length() >= 3 && common >= token.length() - 1 && lower.length() - token.length() <= 3) {
                return typed;
            }
        }
        return token;
    }

    private static SearchQuery withoutShop(SearchQuery q) {
        return new SearchQuery(
                q.text(),
                q.categoryCode(),
                q.minPriceFen(),
                q.maxPriceFen(),
                null,
                q.minRating(),
                q.inStockOnly(),
                q.sort(),
                q.offset(),
                q.limit());
    }

    /** The shop stays: relaxing a search inside one shop must not show other shops' products. */
    private static SearchQuery withoutFilters(SearchQuery q) {
        return new SearchQuery(
                q.text(), null, null, null, q.merchantId(), null, false, q.sort(), q.offset(), q.limit());
    }

    private Outcome browse(SearchQuery query) {
        Query filter = ProductIndex.filters(query);
        Query all = filter == null ? new MatchAllDocsQuery() : filter;
        return index.read(searcher -> {
            int wanted = Math.max(1, query.offset() + query.limit());
            TopDocs top = sortOf(query) == null
                    ? searcher.search(all, new TopScoreDocCollectorManager(wanted, 1000))
                    : searcher.search(all, new TopFieldCollectorManager(sortOf(query), wanted, null, 1000));
            List<UUID> ids = new ArrayList<>();
            for (int i = query.offset(); i < top.scoreDocs.length && ids.size() < query.limit(); i++) {
                ids.add(id(searcher, top.scoreDocs[i].doc));
            }
            return new Outcome(searcher.count(all), ids, List.of(), List.of());
        });
    }

    private static Sort sortOf(SearchQuery query) {
        return switch (query.sort() == null ? SearchQuery.SearchSort.RELEVANCE : query.sort()) {
            case RELEVANCE -> null;
            case PRICE_ASC -> new Sort(new SortField(ProductIndex.PRICE, SortField.Type.LONG, false));
            case PRICE_DESC -> new Sort(new SortField(ProductIndex.PRICE, SortField.Type.LONG, true));
            case SALES -> new Sort(new SortField(ProductIndex.SALES, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case NEWEST ->
                new Sort(new SortField(ProductIndex.NEWEST, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        };
    }

    private static UUID id(IndexSearcher searcher, int doc) throws IOException {
        return UUID.fromString(
                searcher.storedFields().document(doc, Set.of(ProductIndex.ID)).get(ProductIndex.ID));
    }

    // ---- understanding

    record Understood(
            String text, Query lexical, Query original, String readAs, float[] vector, Map<String, Double> intent) {}

    private record Analyzed(SynonymRules rules, Analyzer query, Analyzer plain) {}

    private Analyzed analyzed() {
        SynonymRules rules = synonyms.get();
        Analyzed current = analyzed;
        if (current == null || current.rules() != rules) {
            current = new Analyzed(rules, SearchAnalysis.queryAnalyzer(rules), SearchAnalysis.analyzer());
            analyzed = current;
        }
        return current;
    }

    Understood understand(String text) {
        Analyzed analysis = analyzed();
        Query original = SearchAnalysis.query(analysis.query(), "", text);
        String readAs = null;
        if (Pinyin.looksLikePinyin(text) && (original == null || count(original) == 0)) {
            readAs = vocabulary.fromPinyin(text, 1).stream().findFirst().orElse(null);
        } else if (text.codePoints().anyMatch(Pinyin::isHan)) {
            readAs = homophonesReplaced(analysis, text);
        }
        if (readAs == null && text.chars().anyMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
            readAs = typosCorrected(text);
        }
        BooleanQuery.Builder lexical = new BooleanQuery.Builder();
        if (original != null) {
            lexical.add(original, BooleanClause.Occur.SHOULD);
        }
        if (readAs != null) {
            Query alternative = SearchAnalysis.query(analysis.query(), "", readAs);
            if (alternative != null) {
                lexical.add(new BoostQuery(alternative, 0.9f), BooleanClause.Occur.SHOULD);
            } else {
                readAs = null;
            }
        }
        BooleanQuery built = lexical.build();
        String meaning = readAs != null ? readAs : text;
        float[] vector = settings.retrieval() == SearchSettings.Retrieval.LEXICAL
                ? null
                : embeddings.embedQuery(meaning).orElse(null);
        Map<String, Double> intent = intent(meaning, text, vector);
        return new Understood(text, built.clauses().isEmpty() ? null : built, original, readAs, vector, intent);
    }

    /** Words nobody's products use, replaced by a known word that sounds the same (点脑 → 电脑); null if none. */
    private String homophonesReplaced(Analyzed analysis, String text) {
        int length = text.codePointCount(0, text.length());
        if (length >= 2 && length <= 6 && text.codePoints().allMatch(Pinyin::isHan) && !vocabulary.knows(text)) {
            // the segmenter splits an unknown word into single characters: try it whole first
            String whole = vocabulary.homophone(text).orElse(null);
            if (whole != null) {
                return whole;
            }
        }
        String replaced = text;
        for (String word : SearchAnalysis.tokens(analysis.plain(), ProductIndex.WORDS, text)) {
            if (word.length() >= 2 && word.codePoints().allMatch(Pinyin::isHan) && !vocabulary.knows(word)) {
                String sounds = vocabulary.homophone(word).orElse(null);
                if (sounds != null) {
                    replaced = replaced.replace(word, sounds);
                }
            }
        }
        return replaced.equals(text) ? null : replaced;
    }

    /**
     * English words of the dictionary typed with a slip (dumbell → dumbbell): the index's own words are already
     * matched fuzzily, but a word only the dictionary knows would otherwise lose its synonyms. Null if none.
     */
    private String typosCorrected(String text) {
        Set<String> known = latinWords;
        String lower = text.toLowerCase(Locale.ROOT);
        String replaced = lower;
        for (String word : lower.split("[^a-z]+")) {
            if (word.length() < 4 || known.contains(word)) {
                continue;
            }
            int allowed = word.length() >= 7 ? 2 : 1;
            String best = null;
            int bestDistance = allowed + 1;
            for (String candidate : known) {
                if (Math.abs(candidate.length() - word.length()) <= allowed) {
                    int distance = editDistance(word, candidate, allowed);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = candidate;
                    }
                }
            }
            if (best != null) {
                replaced = replaced.replaceAll("\\b" + word + "\\b", best);
            }
        }
        return replaced.equals(lower) ? null : replaced;
    }

    /** Damerau–Levenshtein (adjacent swaps count one), giving up above {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private long count(Query query) {
        return index.read(searcher -> searcher.count(query));
    }

    private long lexicalCount(SearchQuery query, Understood understood) {
        if (understood.lexical() == null) {
            return 0;
        }
        return count(filtered(understood.lexical(), ProductIndex.filters(query)));
    }

    /**
     * Which categories the query names, 0..1 each: by the category tree's names and their synonyms, by the nearest
     * category embedding, and by what shoppers clicked after the same search.
     */
    private Map<String, Double> intent(String meaning, String typed, float[] vector) {
        Map<String, Double> intent = new HashMap<>();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(meaning.toLowerCase(Locale.ROOT));
        forms.add(typed.toLowerCase(Locale.ROOT));
        SynonymRules rules = synonyms.get();
        for (String form : List.copyOf(forms)) {
            forms.addAll(rules.equivalents(form));
        }
        for (Category category : categories()) {
            double best = 0;
            for (String name : List.of(
                    category.nameZh().toLowerCase(Locale.ROOT),
                    category.nameEn().toLowerCase(Locale.ROOT))) {
                for (String form : forms) {
                    best = Math.max(best, nameMatch(form, name));
                }
            }
            if (best > 0) {
                intent.merge(category.code(), best, Math::max);
            }
        }
        if (vector != null && intent.isEmpty()) {
            Map<String, float[]> vectors = categoryVectors();
            String nearest = null;
            double similarity = 0;
            for (var entry : vectors.entrySet()) {
                double cos = TextEmbeddings.cosine(vector, entry.getValue());
                if (cos > similarity) {
                    similarity = cos;
                    nearest = entry.getKey();
                }
            }
            if (nearest != null && similarity >= CATEGORY_MIN_SIMILARITY) {
                intent.put(nearest, 0.5);
            }
        }
        learned(typed).forEach((code, share) -> intent.merge(code, share, Math::max));
        return intent;
    }

    private static double nameMatch(String form, String name) {
        if (form.isBlank() || name.isBlank()) {
            return 0;
        }
        if (form.equals(name)) {
            return 1;
        }
        boolean han = form.codePoints().anyMatch(Pinyin::isHan);
        if (han && name.contains(form)) {
            return 0.8;
        }
        if (!han && form.length() >= 3 && (" " + name + " ").contains(" " + form)) {
            return 0.8;
        }
        if (han && name.length() >= 2 && form.contains(name)) {
            return 0.7;
        }
        return 0;
    }

    /** Categories shoppers chose after this search, weighted by share once enough of them did. */
    private Map<String, Double> learned(String typed) {
        if (feedback == null) {
            return Map.of();
        }
        synchronized (learnedIntent) {
            Map<String, Double> cached = learnedIntent.get(typed);
            if (cached != null) {
                return cached;
            }
        }
        Map<UUID, Integer> chosen;
        try {
            chosen = feedback.productsChosenAfter(typed, 50);
        } catch (RuntimeException e) {
            chosen = Map.of();
        }
        Map<String, Double> shares = new HashMap<>();
        int total = chosen.values().stream().mapToInt(Integer::intValue).sum();
        if (total >= 3) {
            Map<UUID, Integer> clicks = chosen;
            index.read(searcher -> {
                for (var entry : clicks.entrySet()) {
                    TopDocs hit = searcher.search(
                            new TermQuery(
                                    new Term(ProductIndex.ID, entry.getKey().toString())),
                            1);
                    if (hit.scoreDocs.length == 1) {
                        for (String code : ProductIndex.features(searcher, hit.scoreDocs[0].doc)
                                .categoryCodes()) {
                            shares.merge(code, entry.getValue() / (double) total, Double::sum);
                        }
                    }
                }
                return null;
            });
            shares.replaceAll((code, share) -> Math.min(1, share));
            shares.values().removeIf(share -> share < 0.3);
        }
        synchronized (learnedIntent) {
            learnedIntent.put(typed, shares);
        }
        return shares;
    }

    private List<Category> categories() {
        return categoryTree.get().stream()
                .flatMap(root -> Stream.concat(Stream.of(root), root.children().stream()))
                .toList();
    }

    private Map<String, float[]> categoryVectors() {
        Map<String, float[]> vectors = categoryVectors;
        if (vectors == null) {
            vectors = new HashMap<>();
            Map<java.util.UUID, Category> byId = new HashMap<>();
            categories().forEach(c -> byId.put(c.id(), c));
            for (Category c : categories()) {
                Category parent = c.parentId() == null ? null : byId.get(c.parentId());
                String path = (parent == null ? "" : parent.nameZh() + " ") + c.nameZh();
                float[] v = embeddings.embed(path).orElse(null);
                if (v != null) {
                    vectors.put(c.code(), v);
                }
            }
            categoryVectors = vectors;
        }
        return vectors;
    }

    // ---- retrieval and ranking

    record Outcome(int total, List<UUID> ids, List<Relaxation> relaxations, List<String> nearestCategoryCodes) {}

    private record Candidate(int doc, double lexical, int lexicalRank, double semantic, int semanticRank) {}

    private static Query filtered(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private Outcome run(SearchQuery query, Understood understood, List<Relaxation> steps) {
        SearchSettings now = settings;
        SearchSettings.Retrieval mode = now.retrieval();
        Query filter = ProductIndex.filters(query);
        boolean lexicalOn = mode != SearchSettings.Retrieval.SEMANTIC || understood.vector() == null;
        boolean semanticOn = mode != SearchSettings.Retrieval.LEXICAL && understood.vector() != null;
        Query lexical = lexicalOn && understood.lexical() != null ? filtered(understood.lexical(), filter) : null;
        int wanted = Math.max(1, query.offset() + query.limit());
        return index.read(searcher -> {
            Map<Integer, Candidate> candidates = new LinkedHashMap<>();
            if (lexical != null) {
                ScoreDoc[] top = searcher.search(lexical, Math.max(LEXICAL_CANDIDATES, wanted)).scoreDocs;
                for (int i = 0; i < top.length; i++) {
                    candidates.put(top[i].doc, new Candidate(top[i].doc, top[i].score, i + 1, 0, 0));
                }
            }
            List<BytesRef> semanticIds = new ArrayList<>();
            if (semanticOn) {
                int k = Math.max(SEMANTIC_CANDIDATES, mode == SearchSettings.Retrieval.SEMANTIC ? wanted : 0);
                Query knn = new KnnFloatVectorQuery(ProductIndex.VECTOR, understood.vector(), k, filter);
                ScoreDoc[] near = searcher.search(knn, k).scoreDocs;
                int rank = 0;
                for (ScoreDoc hit : near) {
                    double cosine = 2 * hit.score - 1; // DOT_PRODUCT scores are (1 + cos) / 2
                    if (cosine < now.semanticMinSimilarity()) {
                        continue;
                    }
                    rank++;
                    Candidate lex = candidates.get(hit.doc);
                    candidates.put(
                            hit.doc,
                            lex == null
                                    ? new Candidate(hit.doc, 0, 0, cosine, rank)
                                    : new Candidate(hit.doc, lex.lexical(), lex.lexicalRank(), cosine, rank));
                    semanticIds.add(new BytesRef(id(searcher, hit.doc).toString()));
                }
            }
            BooleanQuery.Builder matching = new BooleanQuery.Builder();
            if (lexical != null) {
                matching.add(lexical, BooleanClause.Occur.SHOULD);
            }
            if (!semanticIds.isEmpty()) {
                matching.add(new TermInSetQuery(ProductIndex.ID, semanticIds), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery all = matching.build();
            if (all.clauses().isEmpty()) {
                return new Outcome(0, List.of(), steps, List.of());
            }
            int total = searcher.count(all);
            List<UUID> ids = new ArrayList<>();
            Sort sort = sortOf(query);
            if (sort != null) {
                TopDocs sorted = searcher.search(all, new TopFieldCollectorManager(sort, wanted, null, 1000));
                for (int i = query.offset(); i < sorted.scoreDocs.length && ids.size() < query.limit(); i++) {
                    ids.add(id(searcher, sorted.scoreDocs[i].doc));
                }
            } else {
                List<Integer> ranked = rank(searcher, candidates, understood, now);
                if (ranked.size() < wanted && lexical != null) {
                    Set<Integer> listed = new LinkedHashSet<>(ranked);
                    for (ScoreDoc deeper : searcher.search(lexical, wanted).scoreDocs) {
                        if (listed.add(deeper.doc)) {
                            ranked.add(deeper.doc);
                        }
                    }
                }
                for (int i = query.offset(); i < ranked.size() && ids.size() < query.limit(); i++) {
                    ids.add(id(searcher, ranked.get(i)));
                }
            }
            List<Relaxation> said = steps;
            if (total > 0
                    && understood.readAs() != null
                    && (understood.original() == null
                            || searcher.count(filtered(understood.original(), filter)) == 0)) {
                said = new ArrayList<>(steps);
                said.add(new Relaxation(Relaxation.Kind.SPELLING, understood.readAs()));
            }
            return new Outcome(total, ids, said, List.of());
        });
    }

    /** Fused by reciprocal rank, then (when on) re-ranked by the weighted features. */
    private static List<Integer> rank(
            IndexSearcher searcher, Map<Integer, Candidate> candidates, Understood understood, SearchSettings now)
            throws IOException {
        if (candidates.isEmpty()) {
            return new ArrayList<>();
        }
        double maxLexical = candidates.values().stream()
                .mapToDouble(Candidate::lexical)
                .max()
                .orElse(1);
        Map<Integer, ProductIndex.Features> features = new HashMap<>();
        long maxSales = 1;
        if (now.rerank()) {
            for (Candidate c : candidates.values()) {
                ProductIndex.Features f = ProductIndex.features(searcher, c.doc());
                features.put(c.doc(), f);
                maxSales = Math.max(maxSales, f.sales());
            }
        }
        Map<Integer, Double> scores = new HashMap<>();
        SearchSettings.Weights w = now.weights();
        for (Candidate c : candidates.values()) {
            double fused = (rrf(c.lexicalRank()) + rrf(c.semanticRank())) / (2.0 / (RRF_K + 1));
            double score;
            if (!now.rerank()) {
                score = fused;
            } else {
                ProductIndex.Features f = features.get(c.doc());
                double semantic = c.semantic();
                if (semantic == 0 && f.vector() != null && understood.vector() != null) {
                    semantic = TextEmbeddings.cosine(understood.vector(), f.vector());
                }
                // below the similarity a semantic hit needs, closeness is noise: it must not outrank a text match
                if (semantic < now.semanticMinSimilarity()) {
                    semantic = 0;
                }
                double category = f.categoryCodes().stream()
                        .mapToDouble(code -> understood.intent().getOrDefault(code, 0.0))
                        .max()
                        .orElse(0);
                score = w.fused() * fused
                        + w.lexical() * (maxLexical > 0 ? c.lexical() / maxLexical : 0)
                        + w.semantic() * Math.max(0, semantic)
                        + w.category() * category
                        + w.sales() * Math.log1p(f.sales()) / Math.log1p(maxSales)
                        + w.rating() * f.ratingTenths() / 50.0
                        + w.stock() * (f.inStock() ? 1 : 0);
            }
            scores.put(c.doc(), score);
        }
        List<Integer> ranked = new ArrayList<>(candidates.keySet());
        ranked.sort(Comparator.comparingDouble((Integer doc) -> scores.get(doc)).reversed());
        return ranked;
    }

    private static double rrf(int rank) {
        return rank == 0 ? 0 : 1.0 / (RRF_K + rank);
    }
}
