package com.ks.platform.catalog.ui;

import com.ks.platform.catalog.MerchantProduct;
import com.ks.platform.catalog.MerchantProductFilter;
import com.ks.platform.catalog.ProductCsvService;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.ProductStatus;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ListPages;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * The merchant's products, filtered (status, title) and sorted by creation time in the database, paged, with edit
 * (also a click on the row), publish / unpublish, stock and images on each row; a first product's call to action
 * when there is none.
 */
@Route("merchant/products")
@Menu(title = "nav.merchant.products", order = 2, icon = "vaadin:package")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.PRODUCTS)
public class MerchantProductsView extends VerticalLayout implements HasDynamicTitle {

    private final ProductService products;
    private final ProductCsvService csv;
    private final Grid<MerchantProduct> grid = new Grid<>();
    private final Select<ProductStatus> status = new Select<>();
    private final TextField title = new TextField();
    private final HorizontalLayout filters;
    private final Div empty;

    public MerchantProductsView(ProductService products, ProductCsvService csv) {
        this.products = products;
        this.csv = csv;
        setPadding(false);
        filters = filters();
        empty = emptyState();
        Button create = new Button(
                getTranslation("merchantProducts.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(ProductEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bulk = new Button(
                getTranslation("merchantProducts.csv.open"), click -> new ProductCsvDialog(csv, this::refresh).open());
        HorizontalLayout top = new HorizontalLayout(
                new H2(getTranslation("nav.merchant.products")), new HorizontalLayout(bulk, create));
        top.setAlignItems(Alignment.CENTER);
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setWidthFull();
        grid.addColumn(MerchantProduct::title)
                .setHeader(getTranslation("merchantProducts.title"))
                .setFlexGrow(3);
        grid.addComponentColumn(p -> status(p.status())).setHeader(getTranslation("merchantProducts.status"));
        grid.addColumn(p -> Formats.money(p.minPriceFen(), getLocale())
                        + (p.maxPriceFen() > p.minPriceFen()
                                ? " – " + Formats.money(p.maxPriceFen(), getLocale())
                                : ""))
                .setHeader(getTranslation("merchantProducts.price"))
                .setAutoWidth(true);
        grid.addColumn(p -> Formats.number(p.totalStock(), getLocale()))
                .setHeader(getTranslation("merchantProducts.stock"));
        Grid.Column<MerchantProduct> created = grid.addColumn(p -> Formats.dateTime(p.createdAt(), getLocale()))
                .setHeader(getTranslation("merchantProducts.created"))
                .setSortProperty("created");
        grid.addComponentColumn(this::editButton).setKey("edit").setAutoWidth(true);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        grid.addComponentColumn(this::stockButton).setKey("stock").setAutoWidth(true);
        grid.addComponentColumn(this::imagesButton).setKey("images").setAutoWidth(true);
        grid.setItems(
                query ->
                        refusedAsEmpty(() -> products.mine(filter(query), query.getOffset(), query.getLimit()))
                                .stream(),
                query -> refusedAsEmpty(() -> List.of(products.countMine(filter(query)))).stream()
                        .findFirst()
                        .orElse(0));
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(
                click -> ProductEditorView.edit(click.getItem().id()));
        grid.setId("merchant-products");
        add(top, filters, grid, empty);
        ListPages.fill(this, grid);
        showEmptyState();
    }

    /** A shop without products sees what to do first instead of an empty table. */
    private Div emptyState() {
        Button first = new Button(
                getTranslation("merchantProducts.empty.action"),
                click -> getUI().ifPresent(ui -> ui.navigate(ProductEditorView.class)));
        first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div state = new Div(new Paragraph(getTranslation("merchantProducts.empty.text")), first);
        state.addClassName("ks-empty-state");
        return state;
    }

    private void showEmptyState() {
        boolean none = products.countMine() == 0;
        empty.setVisible(none);
        filters.setVisible(!none);
        grid.setVisible(!none);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showEmptyState();
    }

    private HorizontalLayout filters() {
        status.setLabel(getTranslation("merchantProducts.filter.status"));
        status.setItems(ProductStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("merchantProducts.filter.all") : label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("merchantProducts.filter.all"));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        title.setPlaceholder(getTranslation("merchantProducts.filter.title"));
        title.setAriaLabel(getTranslation("merchantProducts.filter.title"));
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        title.setClearButtonVisible(true);
        title.setMaxLength(MerchantProductFilter.MAX_TITLE_SEARCH);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(change -> {
            title.setInvalid(false);
            grid.getDataProvider().refreshAll();
        });
        HorizontalLayout filters = new HorizontalLayout(title, status);
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private MerchantProductFilter filter(Query<MerchantProduct, ?> query) {
        boolean oldestFirst = query.getSortOrders().stream()
                .anyMatch(order ->
                        "created".equals(order.getSorted()) && order.getDirection() == SortDirection.ASCENDING);
        return new MerchantProductFilter(status.getValue(), title.getValue(), oldestFirst);
    }

    /** The server refuses an over-long search (the field's own limit can be bypassed): shown at the field. */
    private <T> List<T> refusedAsEmpty(Supplier<List<T>> load) {
        try {
            return load.get();
        } catch (RuleViolated refused) {
            title.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            title.setInvalid(true);
            return List.of();
        }
    }

    private String label(ProductStatus value) {
        return getTranslation("productStatus." + value.name());
    }

    private Span status(ProductStatus status) {
        Span badge = new Span(label(status));
        badge.addClassNames("ks-status", status == ProductStatus.PUBLISHED ? "ks-status-ok" : "ks-status-pending");
        return badge;
    }

    private Button action(MerchantProduct product) {
        boolean published = product.status() == ProductStatus.PUBLISHED;
        Button button = new Button(
                getTranslation(published ? "merchantProducts.unpublish" : "merchantProducts.publish"), click -> {
                    try {
                        if (published) {
                            products.unpublish(product.id());
                        } else {
                            products.publish(product.id());
                        }
                        Notices.success(published ? "merchantProducts.unpublished" : "merchantProducts.published");
                        grid.getDataProvider().refreshAll();
                    } catch (DomainException refused) {
                        Notices.error(refused);
                    }
                });
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, published ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        return named(button, product);
    }

    private Button editButton(MerchantProduct product) {
        return rowButton("merchantProducts.edit", product, () -> ProductEditorView.edit(product.id()));
    }

    private Button stockButton(MerchantProduct product) {
        return rowButton(
                "merchantProducts.stockAdjust.open",
                product,
                () -> new StockAdjustDialog(products, product, this::refresh).open());
    }

    private Button imagesButton(MerchantProduct product) {
        return rowButton(
                "editor.images.open", product, () -> new ProductImagesDialog(products, product, this::refresh).open());
    }

    private Button rowButton(String key, MerchantProduct product, Runnable open) {
        Button button = new Button(getTranslation(key), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return named(button, product);
    }

    /** Named after its row for screen readers; its click stays its own instead of also opening the row. */
    private static Button named(Button button, MerchantProduct product) {
        button.getElement().setAttribute("aria-label", button.getText() + "：" + product.title());
        button.getElement().addEventListener("click", ignored -> {}).addEventData("event.stopPropagation()");
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.products");
    }
}
