package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ui.AfterSalesLinks;
import com.ks.platform.ui.LinkTabs;
import com.ks.platform.ui.ReviewLinks;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 我的订单: tabs 全部 / 待付款 / 待发货 / 待收货 / 已完成 / 售后 with their counts, and the order cards, each with its next
 * action. The cards flow with the page (a scroll box of its own cut cards off); they are still loaded a page at a time
 * (加载更多), never the whole history into the session. The tab is in the address ({@code ?tab=TO_PAY}) so it survives a
 * reload.
 */
@Route(value = "orders", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class OrderListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Cards fetched per 加载更多. */
    static final int PAGE = 10;

    private final OrderQueries orders;
    private final OrderingService ordering;
    private final ReviewLinks reviews;
    private final LinkTabs<OrderTab> tabs;
    private final Div list = new Div();
    private final Button more = new Button();
    private final Div empty = new Div();
    private OrderTab current = OrderTab.ALL;
    private int total;
    private final ObjectProvider<AfterSalesLinks> afterSales;

    public OrderListView(
            OrderQueries orders,
            OrderingService ordering,
            ObjectProvider<AfterSalesLinks> afterSales,
            ObjectProvider<ReviewLinks> reviews) {
        this.orders = orders;
        this.ordering = ordering;
        this.afterSales = afterSales;
        this.reviews = reviews.getIfAvailable();
        addClassName("ks-orders");
        tabs = new LinkTabs<>(getTranslation("orders.tabs"), OrderListView.class, "tab", OrderTab.SHOPPER_TABS);
        tabs.addClassName("ks-orders-tabs");
        list.addClassName("ks-orders-list");
        more.setText(getTranslation("orders.more"));
        more.addClassName("ks-orders-more");
        more.addClickListener(click -> showMore());
        empty.addClassNames("ks-card", "ks-cart-empty");
        var icon = VaadinIcon.FILE_TEXT_O.create();
        icon.addClassName("ks-cart-empty-icon");
        empty.add(icon, new H2(getTranslation("orders.empty")), new Paragraph(getTranslation("orders.emptyHint")));
        add(new H1(getTranslation("orders.title")), tabs, list, more, empty);
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
        for (OrderTab tab : OrderTab.SHOPPER_TABS) {
            int count = tab == OrderTab.ALL || tab == OrderTab.COMPLETED ? -1 : orders.countMine(tab);
            tabs.setLabel(tab, getTranslation(tab.messageKey()) + (count > 0 ? " " + count : ""));
        }
        tabs.select(current);
        total = orders.countMine(current);
        list.removeAll();
        showMore();
        list.setVisible(total > 0);
        empty.setVisible(total == 0);
    }

    private void showMore() {
        orders.myOrders(current, list.getComponentCount(), PAGE)
                .forEach(order -> list.add(new OrderCard(order, ordering, reviews, this::refresh)));
        more.setVisible(list.getComponentCount() < total);
    }
}
