package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.search.Relaxation;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchResult;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.ui.ProductCardFavourite;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Search results with filters, sorting and "load more"; when the words as typed find nothing, it says what search did
 * instead (filters dropped, spelling read another way, words left out, popular products) and offers the nearest
 * categories.
 */
@Route(value = "search", layout = StorefrontLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 24;

    private final SearchService search;
    private final CatalogQueries catalog;
    private final Span count = new Span();
    private final ProductGrid results = new ProductGrid();
    private final Button more = new Button();
    private final Div empty = new Div();
    private final Div relaxed = new Div();
    private final SearchFilters filters;
    private SearchQuery current = SearchQuery.of("");
    private int shown;

    private final ApplicationEventPublisher events;

    public SearchView(
            SearchService search,
            CatalogQueries catalog,
            MerchantQueries merchants,
            ApplicationEventPublisher events,
            ObjectProvider<ProductCardFavourite> favourites) {
        this.search = search;
        results.withFavourites(favourites);
        this.catalog = catalog;
        this.events = events;
        addClassName("ks-search");
        filters = new SearchFilters(catalog, merchants.tradingStores(50), this::run);
        count.addClassName("ks-muted");
        more.setText(getTranslation("search.more"));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(click -> loadMore());
        results.onProductClick(id -> events.publishEvent(BehaviourEvent.searchClick(id, current.text())));
        empty.addClassName("ks-empty");
        relaxed.addClassName("ks-search-relaxed");
        Div body = new Div(count, relaxed, results, more, empty);
        body.addClassName("ks-search-results");
        add(filters, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.readFrom(event.getLocation().getQueryParameters());
        run(filters.query(0, PAGE));
    }

    private void run(SearchQuery query) {
        current = query;
        results.removeAll();
        shown = 0;
        SearchResult result = search.search(query);
        if (query.text() != null && !query.text().isBlank()) {
            events.publishEvent(BehaviourEvent.search(
                    query.text().strip().length() > 100
                            ? query.text().strip().substring(0, 100)
                            : query.text().strip(),
                    result.total()));
        }
        show(result);
        showRelaxations(result);
        count.setText(getTranslation("search.count", result.total()));
        empty.removeAll();
        empty.setVisible(result.total() == 0);
        if (result.total() == 0) {
            empty.add(
                    new H2(getTranslation("search.empty.title")),
                    new Paragraph(getTranslation("search.empty.text")),
                    new ProductGrid(catalog.newArrivals(8), getLocale()));
        }
    }

    /** What search did because the words as typed found nothing, and the categories nearest to them. */
    private void showRelaxations(SearchResult result) {
        relaxed.removeAll();
        relaxed.setVisible(result.relaxed());
        for (Relaxation step : result.relaxations()) {
            if (step.kind() == Relaxation.Kind.POPULAR) {
                relaxed.add(new H2(getTranslation("search.empty.title")));
            }
            String key = "search.relaxed." + step.kind().name().toLowerCase(java.util.Locale.ROOT);
            relaxed.add(new Paragraph(getTranslation(key, step.detail() == null ? "" : step.detail())));
        }
        if (!result.nearestCategories().isEmpty()) {
            Div links = new Div(new Span(getTranslation("search.relaxed.categories")));
            links.addClassName("ks-search-nearest");
            for (Category category : result.nearestCategories()) {
                RouterLink link = new RouterLink(category.name(getLocale()), SearchView.class);
                link.setQueryParameters(QueryParameters.of("category", category.code()));
                links.add(link);
            }
            relaxed.add(links);
        }
    }

    private void loadMore() {
        show(search.search(current.page(shown, PAGE)));
    }

    private void show(SearchResult result) {
        results.addCards(result.hits(), getLocale());
        shown += result.hits().size();
        more.setVisible(shown < result.total());
    }

    @Override
    public String getPageTitle() {
        String text = current.text() == null ? "" : current.text();
        return (text.isBlank() ? getTranslation("search.title") : text) + " · Ks";
    }
}
