package com.ks.platform.catalog.search;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductCard;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Product search for shoppers: any text is safe to pass; results are visible products only. */
@Service
public class SearchService {

    private static final int MAX_PAGE = 60;

    private final SearchIndexSync sync;
    private final CatalogQueries queries;

    SearchService(SearchIndexSync sync, CatalogQueries queries) {
        this.sync = sync;
        this.queries = queries;
    }

    public SearchResult search(SearchQuery query) {
        int limit = Math.clamp(query.limit(), 1, MAX_PAGE);
        int offset = Math.clamp(query.offset(), 0, 10_000);
        ProductIndex.Hits hits = sync.index().search(query.page(offset, limit));
        return new SearchResult(hits.total(), queries.cards(hits.ids()));
    }

    /** Suggestions while typing: matching category names first, then product titles. */
    public List<String> suggest(String prefix, Locale locale, int limit) {
        String text = ProductIndex.normalized(prefix);
        if (text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        var categoryNames = queries.categoryTree().stream()
                .flatMap(root ->
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.children().stream()))
                .map(c -> c.name(locale))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(lower))
                .limit(3);
        var titles = search(SearchQuery.of(text).page(0, limit)).hits().stream().map(ProductCard::title);
        return java.util.stream.Stream.concat(categoryNames, titles)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Brings this node's index up to date now (tests, and administrators after bulk changes). */
    public int catchUp() {
        return sync.catchUp();
    }
}
