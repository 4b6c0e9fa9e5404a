package com.ks.platform.ordering.ui;

import com.ks.platform.catalog.ProductArt;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ReviewLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * One order in 我的订单: shop, status, the first items with their colour/size, the parcel's latest tracking line, the
 * amount, and the next action for its state.
 */
class OrderCard extends Div {

    /** @param reviews where 评价 leads, or null without the review module */
    OrderCard(OrderSummary order, OrderingService ordering, ReviewLinks reviews, Runnable changed) {
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
        boolean single = order.lines().size() == 1;
        for (OrderSummary.LinePreview line : order.lines()) {
            Image image = new Image(ProductArt.url(line.imageRef(), line.title()), line.title());
            image.addClassName("ks-order-card-image");
            Div text = new Div();
            text.addClassName("ks-order-card-text");
            if (single) {
                Span title = new Span(line.title());
                title.addClassName("ks-order-card-title");
                text.add(title);
            }
            if (line.specText() != null && !line.specText().isBlank()) {
                Span spec = new Span(line.specText());
                spec.addClassNames("ks-order-card-spec", "ks-muted");
                text.add(spec);
            }
            Div item = new Div(image, text);
            item.addClassName(single ? "ks-order-card-line" : "ks-order-card-thumb");
            items.add(item);
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
        if (reviews != null && order.status().reviewable()) {
            actions.add(reviewLink(this, reviews.reviewRoute(order.id())));
        }
        add(heading, items);
        if (order.latestTracking() != null) {
            OrderDetails.Tracking latest = order.latestTracking();
            Div tracking = new Div(
                    VaadinIcon.TRUCK.create(),
                    new Span(getTranslation(latest.stage().messageKey(), latest.place())),
                    new Span(Formats.dateTime(latest.occurredAt(), getLocale())));
            tracking.addClassName("ks-order-card-tracking");
            add(tracking);
        }
        Span placed = new Span(
                getTranslation("orders.placedAt", Formats.dateTime(order.placedAt(), getLocale()), order.orderNo()));
        placed.addClassName("ks-muted");
        Div footer = new Div(placed, amount, actions);
        footer.addClassName("ks-order-card-footer");
        add(footer);
    }

    /** 评价: a link (it only opens the review page), styled like the card's small buttons. */
    static Anchor reviewLink(Component from, String route) {
        Anchor link = new Anchor(route, from.getTranslation("orders.review"));
        link.getElement().setAttribute("router-link", true);
        link.addClassName("ks-order-review-link");
        return link;
    }
}
