package com.ks.platform.catalog.search;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.shared.ModuleHook;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
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

    @PreAuthorize("permitAll()")
    public SearchResult search(SearchQuery query) {
        int limit = Math.clamp(query.limit(), 1, MAX_PAGE);
        int offset = Math.clamp(query.offset(), 0, 10_000);
        SearchEngine.Outcome outcome = sync.engine().search(query.page(offset, limit));
        List<Category> nearest = outcome.nearestCategoryCodes().stream()
                .map(queries::category)
                .flatMap(java.util.Optional::stream)
                .toList();
        return new SearchResult(outcome.total(), queries.cards(outcome.ids()), outcome.relaxations(), nearest);
    }

    /**
     * Suggestions while typing: words the pinyin or initials stand for ({@code dn} → 电脑), matching category names,
     * then product titles.
     */
    @PreAuthorize("permitAll()")
    public List<String> suggest(String prefix, Locale locale, int limit) {
        String text = ProductIndex.normalized(prefix);
        if (text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        var pinyin = sync.engine().pinyinCompletions(text, 3).stream();
        var categoryNames = queries.categoryTree().stream()
                .flatMap(root ->
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.children().stream()))
                .map(c -> c.name(locale))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(lower))
                .limit(3);
        SearchResult matches = search(SearchQuery.of(text).page(0, limit));
        // popular products shown for a query that matched nothing are not suggestions for it
        var titles = matches.relaxed() && matches.relaxations().getLast().kind() == Relaxation.Kind.POPULAR
                ? java.util.stream.Stream.<String>empty()
                : matches.hits().stream().map(ProductCard::title);
        return java.util.stream.Stream.of(pinyin, categoryNames, titles)
                .flatMap(s -> s)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Brings this node's index up to date now (tests, and administrators after bulk changes). */
    @ModuleHook
    public int catchUp() {
        return sync.catchUp();
    }
}
