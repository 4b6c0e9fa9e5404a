package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.StaffAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderFulfilment;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.ListPages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The merchant's order queue: to ship, shipped, completed, cancelled, all — paged in the database, searchable by order
 * number; each order opens its details, and a paid order is shipped from here (whole or in parts). The tab is in the
 * address ({@code ?tab=SHIPPED}), so a queue can be bookmarked.
 */
@Route("merchant/orders")
@Menu(title = "nav.merchant.orders", order = 3, icon = "vaadin:truck")
@RolesAllowed(Roles.MERCHANT)
@StaffAccess(StaffPermission.ORDERS)
public class MerchantOrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;
    private final OrderFulfilment fulfilment;
    private final Grid<OrderSummary> grid = new Grid<>();
    private final LinkTabs<OrderTab> tabs;
    private final TextField search = new TextField();
    private OrderTab current = OrderTab.TO_SHIP;

    public MerchantOrdersView(OrderQueries orders, OrderFulfilment fulfilment) {
        this.orders = orders;
        this.fulfilment = fulfilment;
        setPadding(false);
        tabs = new LinkTabs<>(
                getTranslation("merchantOrders.tabs"), MerchantOrdersView.class, "tab", OrderTab.MERCHANT_TABS);
        OrderTab.MERCHANT_TABS.forEach(tab -> tabs.setLabel(tab, getTranslation("merchantOrders.tab." + tab.name())));
        search.setPlaceholder(getTranslation("merchantOrders.search"));
        search.setAriaLabel(getTranslation("merchantOrders.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.merchant.orders")), search);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        columns();
        grid.addItemClickListener(click -> {
            // the ship button's own click also reaches the row: only other cells open the details
            if (click.getColumn() == null || !"action".equals(click.getColumn().getKey())) {
                openDetails(click.getItem());
            }
        });
        add(top, tabs, grid);
        ListPages.fill(this, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .flatMap(name -> OrderTab.MERCHANT_TABS.stream()
                        .filter(tab -> tab.name().equals(name))
                        .findFirst())
                .orElse(OrderTab.TO_SHIP);
        tabs.select(current);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.merchant.orders") + " · Ks 下单平台";
    }

    private void columns() {
        grid.addColumn(OrderSummary::orderNo)
                .setHeader(getTranslation("order.number"))
                .setAutoWidth(true);
        grid.addColumn(o -> Formats.dateTime(o.placedAt(), getLocale()))
                .setHeader(getTranslation("order.placedAt"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.lines().isEmpty()
                        ? ""
                        : o.lines().getFirst().title()
                                + (o.lines().size() > 1
                                        ? " "
                                                + getTranslation(
                                                        "merchantOrders.more",
                                                        o.lines().size() - 1)
                                        : ""))
                .setHeader(getTranslation("order.items"))
                .setFlexGrow(3);
        grid.addColumn(o -> Formats.number(o.itemCount(), getLocale()))
                .setHeader(getTranslation("merchantOrders.quantity"));
        grid.addColumn(o -> Formats.money(o.totalFen(), getLocale())).setHeader(getTranslation("checkout.total"));
        grid.addComponentColumn(o -> {
                    Span status = new Span(
                            getTranslation("merchantOrders.status." + o.status().name()));
                    status.addClassNames(
                            "ks-order-status",
                            "ks-order-status-" + o.status().name().toLowerCase(Locale.ROOT));
                    return status;
                })
                .setHeader(getTranslation("merchantProducts.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::shipButton).setKey("action").setAutoWidth(true);
    }

    private Button shipButton(OrderSummary order) {
        Button ship =
                new Button(getTranslation("merchantOrders.ship"), VaadinIcon.TRUCK.create(), click -> openShip(order));
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ship.setAriaLabel(getTranslation("merchantOrders.shipOf", order.orderNo()));
        ship.setVisible(order.status() == OrderStatus.PAID);
        return ship;
    }

    private void openShip(OrderSummary order) {
        new ShipOrderDialog(orders.merchantOrder(order.id()), fulfilment, this::refresh).open();
    }

    private void openDetails(OrderSummary order) {
        new MerchantOrderDialog(orders.merchantOrder(order.id()), orders, fulfilment, this::refresh).open();
    }

    private void refresh() {
        String prefix = search.getValue();
        grid.setItems(
                query -> orders.merchantOrders(current, prefix, query.getOffset(), query.getLimit()).stream(),
                query -> orders.countMerchantOrders(current, prefix));
    }
}
