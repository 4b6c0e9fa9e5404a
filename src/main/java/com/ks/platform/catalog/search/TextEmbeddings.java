package com.ks.platform.catalog.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unit-length text embeddings from an in-process model (loaded on first use, off the request path: the index sync
 * embeds products first). When the model cannot load, {@link #embed} answers empty for good and the log says why —
 * search then stays lexical. Query embeddings are kept in an LRU cache.
 */
class TextEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(TextEmbeddings.class);
    static final int MAX_CHARS = 256;

    private final Supplier<EmbeddingModel> loader;
    private final Map<String, float[]> cache;
    private volatile EmbeddingModel model;
    private volatile boolean failed;

    TextEmbeddings(Supplier<EmbeddingModel> loader, int cacheSize) {
        this.loader = loader;
        int size = Math.max(cacheSize, 1);
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > size;
            }
        };
    }

    static TextEmbeddings bgeSmallZh(int cacheSize) {
        return new TextEmbeddings(BgeSmallZhV15QuantizedEmbeddingModel::new, cacheSize);
    }

    static TextEmbeddings off(String why) {
        TextEmbeddings off = new TextEmbeddings(() -> null, 1);
        off.failed = true;
        log.info("Semantic search is off: {}", why);
        return off;
    }

    /** Whether vectors are (or may still become) available; false once the model failed to load. */
    boolean available() {
        return !failed;
    }

    /** The text's unit vector; empty when the model is unavailable. */
    Optional<float[]> embed(String text) {
        EmbeddingModel m = model();
        if (m == null) {
            return Optional.empty();
        }
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        try {
            return Optional.of(unit(m.embed(capped).content().vector()));
        } catch (RuntimeException e) {
            log.warn("Embedding failed for one text ({}); it is searched lexically", e.toString());
            return Optional.empty();
        }
    }

    /** A query's vector, from the cache when the same query came before. */
    Optional<float[]> embedQuery(String text) {
        synchronized (cache) {
            float[] hit = cache.get(text);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<float[]> vector = embed(text);
        vector.ifPresent(v -> {
            synchronized (cache) {
                cache.put(text, v);
            }
        });
        return vector;
    }

    private EmbeddingModel model() {
        if (failed) {
            return null;
        }
        EmbeddingModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (model == null && !failed) {
                long start = System.nanoTime();
                try {
                    model = loader.get();
                    if (model == null) {
                        throw new IllegalStateException("no model");
                    }
                    log.info("Embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                } catch (Throwable e) { // NOPMD: a missing native library is an Error, and must not stop search
                    failed = true;
                    log.warn(
                            "Semantic search is off: the embedding model did not load ({}); search stays lexical",
                            e.toString());
                }
            }
            return model;
        }
    }

    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        double norm = Math.sqrt(sum);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
