package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderStatus;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ui.AfterSalesLinks;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.ReviewLinks;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.ks.platform.ui.SupportLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 订单详情: the status with what happens next, the actions allowed in it, the timeline, parcels with their tracking,
 * the address, the items and every amount. Another shopper's order id shows "not found".
 */
@Route(value = "orders/:orderId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class OrderDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;
    private final OrderingService ordering;
    private final ObjectProvider<AfterSalesLinks> afterSales;
    private final ReviewLinks reviews;
    private final SupportLinks support;
    private OrderDetails order;

    public OrderDetailView(
            OrderQueries orders,
            OrderingService ordering,
            ObjectProvider<AfterSalesLinks> afterSales,
            ObjectProvider<ReviewLinks> reviews,
            ObjectProvider<SupportLinks> support) {
        this.orders = orders;
        this.ordering = ordering;
        this.afterSales = afterSales;
        this.reviews = reviews.getIfAvailable();
        this.support = support.getIfAvailable();
        addClassName("ks-order-detail");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "orderId", RouteObjects.orEmpty(orders::myOrder), this::show);
    }

    private void reload() {
        show(orders.myOrder(order.id()));
    }

    private void show(OrderDetails details) {
        order = details;
        removeAll();
        Span status = new Span(getTranslation(order.status().messageKey()));
        status.addClassNames(
                "ks-order-status", "ks-order-status-" + order.status().name().toLowerCase(java.util.Locale.ROOT));
        Paragraph next = new Paragraph(nextStep());
        next.addClassName("ks-muted");
        Div heading = new Div(new H1(getTranslation("order.title")), status);
        heading.addClassName("ks-order-detail-heading");
        Div summary = new Div(next, actions());
        summary.addClassNames("ks-card", "ks-order-detail-status");
        add(heading, summary, new OrderTimeline(order));
        if (!order.shipments().isEmpty()) {
            add(new ShipmentPanel(order.shipments()));
        }
        add(addressCard(), itemsCard(), amountsCard());
    }

    private String nextStep() {
        return switch (order.status()) {
            case PENDING_PAYMENT ->
                getTranslation("order.next.PENDING_PAYMENT", Formats.dateTime(order.payDeadline(), getLocale()));
            default -> getTranslation("order.next." + order.status().name());
        };
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("ks-order-detail-actions");
        OrderStatus status = order.status();
        if (status == OrderStatus.PENDING_PAYMENT) {
            Button pay = new Button(
                    getTranslation("orders.pay"),
                    click -> getUI().ifPresent(ui -> ui.navigate("pay/" + order.checkoutId())));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(pay);
        }
        if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED) {
            Button confirm = new Button(
                    getTranslation("orders.confirmReceipt"),
                    click -> OrderActions.confirmReceipt(this, ordering, order.id(), this::reload));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(confirm);
        }
        if (reviews != null && status.reviewable()) {
            actions.add(OrderCard.reviewLink(this, reviews.reviewRoute(order.id())));
        }
        if (status.cancellable()) {
            actions.add(new Button(
                    getTranslation("orders.cancel"),
                    click -> OrderActions.cancel(this, ordering, order.id(), this::reload)));
        }
        actions.add(new Button(
                getTranslation("orders.buyAgain"), click -> OrderActions.buyAgain(this, ordering, order.id())));
        return actions;
    }

    private Div addressCard() {
        Div card = section("order.address");
        card.add(
                new Paragraph(order.recipient() + "  " + order.mobile()),
                new Paragraph(order.regionText() + " " + order.addressDetail()));
        return card;
    }

    private Div itemsCard() {
        Div card = section("order.items");
        card.add(new Paragraph(order.storeName()));
        AfterSalesLinks links = afterSalesOffered() ? afterSales.getIfAvailable() : null;
        order.lines().forEach(line -> {
            card.add(OrderLineRow.of(line));
            if (links != null) {
                Button apply = new Button(
                        getTranslation("orders.afterSales"),
                        click -> getUI().ifPresent(ui -> ui.navigate(links.applyRoute(order.id(), line.id()))));
                apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                apply.addClassName("ks-order-line-after-sales");
                card.add(apply);
            }
        });
        if (support != null) {
            Button contact = new Button(
                    getTranslation("order.contactSupport"),
                    click -> getUI().ifPresent(ui -> ui.navigate(support.contactAboutOrder(order.id()))));
            contact.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            contact.addClassName("ks-order-contact-support");
            card.add(contact);
        }
        if (order.buyerRemark() != null) {
            Paragraph remark = new Paragraph(getTranslation("order.remark", order.buyerRemark()));
            remark.addClassName("ks-muted");
            card.add(remark);
        }
        return card;
    }

    /** After-sales is open once the order is paid (refund before shipment) and stays open after completion. */
    private boolean afterSalesOffered() {
        return order.status() == OrderStatus.PAID
                || order.status() == OrderStatus.SHIPPED
                || order.status() == OrderStatus.DELIVERED
                || order.status() == OrderStatus.COMPLETED;
    }

    private Div amountsCard() {
        Div card = section("order.amounts");
        PriceSummary summary = new PriceSummary();
        summary.show(order.itemsFen(), order.shippingFen(), order.discountFen(), order.totalFen());
        card.add(summary);
        card.add(fact("order.number", order.orderNo()));
        card.add(fact("order.placedAt", Formats.dateTime(order.placedAt(), getLocale())));
        card.add(fact("checkout.delivery", getTranslation(order.delivery().messageKey())));
        if (order.paymentMethod() != null) {
            card.add(fact(
                    "checkout.paymentMethod",
                    getTranslation(order.paymentMethod().messageKey())));
        }
        if (order.paidAt() != null) {
            card.add(fact("order.paidAt", Formats.dateTime(order.paidAt(), getLocale())));
        }
        return card;
    }

    private Div section(String titleKey) {
        Div card = new Div(new H2(getTranslation(titleKey)));
        card.addClassNames("ks-card", "ks-order-section");
        return card;
    }

    private Div fact(String labelKey, String value) {
        return new OrderFact(labelKey, value, "ks-order-fact");
    }
}
