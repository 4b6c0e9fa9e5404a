package com.ks.platform.ordering.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One order in 我的订单: shop, status, the first items, the amount, and the next action for its state. */
class OrderCard extends Div {

    OrderCard(OrderSummary order, OrderingService ordering, Runnable changed) {
        addClassNames("ks-card", "ks-order-card");
        Span store = new Span(order.storeName());
        store.addClassName("ks-order-card-store");
        Span status = new Span(getTranslation(order.status().messageKey()));
        status.addClassNames(
                "ks-order-status", "ks-order-status-" + order.status().name().toLowerCase(java.util.Locale.ROOT));
        Div heading = new Div(store, status);
        heading.addClassName("ks-order-card-heading");
        Div items = new Div();
        items.addClassName("ks-order-card-items");
        for (OrderSummary.LinePreview line : order.lines()) {
            Image image = new Image(ProductArt.url(line.imageRef(), line.title()), line.title());
            image.addClassName("ks-order-card-image");
            items.add(image);
        }
        if (order.lines().size() == 1) {
            Span title = new Span(order.lines().getFirst().title());
            title.addClassName("ks-order-card-title");
            items.add(title);
        }
        Span amount = new Span(getTranslation(
                "orders.cardTotal",
                Formats.number(order.itemCount(), getLocale()),
                Formats.money(order.totalFen(), getLocale())));
        amount.addClassName("ks-tabular");
        RouterLink detail = new RouterLink(
                getTranslation("orders.detail"),
                OrderDetailView.class,
                new RouteParameters("orderId", order.id().toString()));
        detail.getElement().setAttribute("aria-label", getTranslation("orders.detailOf", order.orderNo()));
        Div actions = new Div(detail);
        actions.addClassName("ks-order-card-actions");
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            Button pay = new Button(
                    getTranslation("orders.pay"),
                    click -> getUI().ifPresent(ui -> ui.navigate("pay/" + order.checkoutId())));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(pay);
        } else if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.DELIVERED) {
            Button confirm = new Button(
                    getTranslation("orders.confirmReceipt"),
                    click -> OrderActions.confirmReceipt(this, ordering, order.id(), changed));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(confirm);
        }
        Span placed = new Span(
                getTranslation("orders.placedAt", Formats.dateTime(order.placedAt(), getLocale()), order.orderNo()));
        placed.addClassName("ks-muted");
        Div footer = new Div(placed, amount, actions);
        footer.addClassName("ks-order-card-footer");
        add(heading, items, footer);
    }
}
