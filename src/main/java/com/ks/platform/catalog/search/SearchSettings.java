package com.ks.platform.catalog.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ks.search.*}: where this node keeps its index; how queries retrieve ({@code lexical} BM25 only,
 * {@code semantic} k-NN over embeddings only, or {@code hybrid} both fused by reciprocal rank); whether the top
 * candidates are re-ranked by {@link Weights}; the least cosine similarity a semantic-only hit needs; how many query
 * embeddings are cached.
 */
@ConfigurationProperties("ks.search")
public record SearchSettings(
        Path indexDir,
        Retrieval retrieval,
        Boolean rerank,
        Double semanticMinSimilarity,
        Integer queryCacheSize,
        Weights weights) {

    public enum Retrieval {
        LEXICAL,
        SEMANTIC,
        HYBRID
    }

    /**
     * The re-ranking's linear weights over features scaled to 0..1; the defaults were fitted on the training half of
     * the relevance set (docs/DECISIONS.md says how).
     */
    public record Weights(
            Double fused, Double lexical, Double semantic, Double category, Double sales, Double rating, Double stock) {

        public Weights {
            fused = fused == null ? 0.5 : fused;
            lexical = lexical == null ? 0.3 : lexical;
            semantic = semantic == null ? 1.0 : semantic;
            category = category == null ? 0.2 : category;
            sales = sales == null ? 0.0 : sales;
            rating = rating == null ? 0.0 : rating;
            stock = stock == null ? 0.2 : stock;
        }

        static Weights defaults() {
            return new Weights(null, null, null, null, null, null, null);
        }
    }

    public SearchSettings {
        indexDir = indexDir == null ? Path.of("./data/index") : indexDir;
        retrieval = retrieval == null ? Retrieval.HYBRID : retrieval;
        rerank = rerank == null ? Boolean.TRUE : rerank;
        semanticMinSimilarity = semanticMinSimilarity == null ? 0.5 : semanticMinSimilarity;
        queryCacheSize = queryCacheSize == null ? 10_000 : queryCacheSize;
        weights = weights == null ? Weights.defaults() : weights;
    }

    public static SearchSettings defaults() {
        return new SearchSettings(null, null, null, null, null, null);
    }

    public SearchSettings with(Retrieval newRetrieval, boolean newRerank) {
        return new SearchSettings(indexDir, newRetrieval, newRerank, semanticMinSimilarity, queryCacheSize, weights);
    }

    public SearchSettings with(Weights newWeights) {
        return new SearchSettings(indexDir, retrieval, rerank, semanticMinSimilarity, queryCacheSize, newWeights);
    }
}
