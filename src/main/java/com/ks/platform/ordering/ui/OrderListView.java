package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ui.AfterSalesLinks;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 我的订单: tabs 全部 / 待付款 / 待发货 / 待收货 / 已完成 / 售后 with their counts, and a lazily loaded list of order cards,
 * each with its next action. The tab is in the address ({@code ?tab=TO_PAY}) so it survives a reload.
 */
@Route(value = "orders", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class OrderListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;
    private final OrderingService ordering;
    private final Tabs tabs = new Tabs();
    private final Map<OrderTab, Tab> tabOf = new EnumMap<>(OrderTab.class);
    private final VirtualList<OrderSummary> list = new VirtualList<>();
    private final Div empty = new Div();
    private OrderTab current = OrderTab.ALL;
    private final ObjectProvider<AfterSalesLinks> afterSales;

    public OrderListView(OrderQueries orders, OrderingService ordering, ObjectProvider<AfterSalesLinks> afterSales) {
        this.orders = orders;
        this.ordering = ordering;
        this.afterSales = afterSales;
        addClassName("ks-orders");
        for (OrderTab tab : OrderTab.SHOPPER_TABS) {
            Tab item = new Tab();
            tabOf.put(tab, item);
            tabs.add(item);
        }
        tabs.addClassName("ks-orders-tabs");
        tabs.addSelectedChangeListener(change -> tabOf.forEach((tab, item) -> {
            if (item == change.getSelectedTab() && tab != current) {
                getUI().ifPresent(ui -> ui.navigate(OrderListView.class, QueryParameters.of("tab", tab.name())));
            }
        }));
        list.addClassName("ks-orders-list");
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                order -> new OrderCard(order, ordering, this::refresh)));
        empty.addClassNames("ks-card", "ks-cart-empty");
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.addClassName("ks-cart-empty-icon");
        empty.add(icon, new H2(getTranslation("orders.empty")), new Paragraph(getTranslation("orders.emptyHint")));
        add(new H1(getTranslation("orders.title")), tabs, list, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .flatMap(OrderListView::tab)
                .filter(OrderTab.SHOPPER_TABS::contains)
                .orElse(OrderTab.ALL);
        var links = afterSales.getIfAvailable();
        if (current == OrderTab.AFTER_SALES && links != null) {
            // the 售后 tab lists the shopper's after-sales cases, which live on their own page
            event.forwardTo(links.casesRoute());
            return;
        }
        refresh();
    }

    private static java.util.Optional<OrderTab> tab(String name) {
        try {
            return java.util.Optional.of(OrderTab.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    void refresh() {
        tabOf.forEach((tab, item) -> {
            int count = tab == OrderTab.ALL || tab == OrderTab.COMPLETED ? -1 : orders.countMine(tab);
            item.setLabel(getTranslation(tab.messageKey()) + (count > 0 ? " " + count : ""));
        });
        tabs.setSelectedTab(tabOf.get(current));
        int total = orders.countMine(current);
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> orders.myOrders(current, query.getOffset(), query.getLimit()).stream(), query -> total));
        list.setVisible(total > 0);
        empty.setVisible(total == 0);
    }
}
