package com.ks.platform.catalog.search;

import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.ProductCard;
import java.util.List;

/**
 * One page of hits with the total count for the whole query; when the query as typed found nothing, the steps taken
 * to find something ({@code relaxations}) and the categories nearest to what was asked.
 */
public record SearchResult(
        int total, List<ProductCard> hits, List<Relaxation> relaxations, List<Category> nearestCategories) {

    public SearchResult(int total, List<ProductCard> hits) {
        this(total, hits, List.of(), List.of());
    }

    public boolean relaxed() {
        return !relaxations.isEmpty();
    }
}
