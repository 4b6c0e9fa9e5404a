package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchQuery.SearchSort;
import com.ks.platform.catalog.search.SearchResult;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.ui.MerchantGrade;
import com.ks.platform.ui.ProductCardFavourite;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.ShopFavouriteButton;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A shop's page: its name, mark, rating and licence facts (E-Commerce Law art. 15), then its products on sale with a
 * search inside the shop and a sort order, twenty at a time. A shop suspended by compliance (暂停店铺) says so and
 * shows nothing to buy; an unknown shop, or one never approved or terminated, is "not found".
 */
@Route(value = "shop/:merchantId", layout = StorefrontLayout.class)
@AnonymousAllowed
public class ShopView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final CatalogQueries catalog;
    private final MerchantQueries merchants;
    private final SearchService search;
    private final ObjectProvider<MerchantGrade> grades;
    private final ObjectProvider<ShopFavouriteButton> favourites;
    private final TextField text = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final ProductGrid grid = new ProductGrid();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private MerchantSummary shop;
    private int total;

    public ShopView(
            CatalogQueries catalog,
            MerchantQueries merchants,
            SearchService search,
            ObjectProvider<MerchantGrade> grades,
            ObjectProvider<ShopFavouriteButton> favourites,
            ObjectProvider<ProductCardFavourite> productFavourites) {
        grid.withFavourites(productFavourites);
        this.grades = grades;
        this.favourites = favourites;
        this.catalog = catalog;
        this.merchants = merchants;
        this.search = search;
        addClassName("ks-shop");
        text.setPlaceholder(getTranslation("shop.search"));
        text.setAriaLabel(getTranslation("shop.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> refresh());
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(SearchSort.SALES);
        sort.addValueChangeListener(change -> refresh());
        empty.setText(getTranslation("shop.empty"));
        empty.addClassName("ks-muted");
        more.setText(getTranslation("shop.more"));
        more.addClickListener(click -> showMore());
    }

    /** The shop page of a merchant, for links from other pages. */
    public static RouteParameters parameters(UUID merchantId) {
        return new RouteParameters("merchantId", merchantId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a shop that may not trade (never approved, terminated) has no storefront page
        RouteObjects.showOrNotFound(
                event,
                "merchantId",
                id -> merchants
                        .publicFacts(id)
                        .filter(m -> m.status().sells() || m.status() == MerchantStatus.SUSPENDED),
                this::show);
    }

    private void show(MerchantSummary merchant) {
        shop = merchant;
        removeAll();
        Div toolbar = new Div(text, sort);
        toolbar.addClassName("ks-shop-toolbar");
        add(new ShopHeader(
                merchant,
                catalog.shopRating(merchant.id()),
                grades.orderedStream().findFirst().flatMap(g -> g.badge(merchant.id())),
                favourites.orderedStream().findFirst().map(f -> f.create(merchant.id()))));
        if (merchant.status() == MerchantStatus.SUSPENDED) {
            Paragraph suspended = new Paragraph(getTranslation("shop.suspended"));
            suspended.addClassNames("ks-card", "ks-shop-suspended");
            add(suspended);
            return;
        }
        add(toolbar, grid, empty, more);
        refresh();
    }

    private void refresh() {
        grid.removeAll();
        total = 0;
        showMore();
    }

    private void showMore() {
        SearchResult page = search.search(new SearchQuery(
                text.getValue(),
                null,
                null,
                null,
                shop.id(),
                null,
                false,
                sort.getValue() == null ? SearchSort.SALES : sort.getValue(),
                grid.getComponentCount(),
                PAGE));
        total = page.total();
        grid.addCards(page.hits(), getLocale());
        empty.setVisible(total == 0);
        more.setVisible(grid.getComponentCount() < total);
    }

    @Override
    public String getPageTitle() {
        return (shop == null ? "" : shop.storeName()) + " · Ks";
    }
}
