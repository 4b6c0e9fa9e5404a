package com.ks.platform.ordering.ui;

import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.CheckoutSummary;
import com.ks.platform.ordering.DevPayments;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 收银台: what is due for a checkout (all its shops' orders together), until when, and how to pay. Until the payment
 * module brings the sandbox providers, the only way to pay is the development-only action, labelled as such; without
 * it the page says plainly that paying is not available.
 */
@Route(value = "pay/:checkoutId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class PayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderQueries orders;
    private final ObjectProvider<DevPayments> devPayments;

    public PayView(OrderQueries orders, ObjectProvider<DevPayments> devPayments) {
        this.orders = orders;
        this.devPayments = devPayments;
        addClassName("ks-pay");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pay.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteObjects.showOrNotFound(event, "checkoutId", RouteObjects.orEmpty(orders::myCheckout), this::show);
    }

    private void show(CheckoutSummary checkout) {
        removeAll();
        add(new H1(getTranslation("pay.title")));
        Div card = new Div();
        card.addClassNames("ks-card", "ks-pay-card");
        add(card);
        if (!checkout.payable()) {
            card.add(new Paragraph(getTranslation("pay.nothingDue")), ordersLink());
            return;
        }
        Span amount = new Span(Formats.money(checkout.amountDueFen(), getLocale()));
        amount.addClassNames("ks-price", "ks-price-large", "ks-tabular");
        Paragraph deadline =
                new Paragraph(getTranslation("pay.deadline", Formats.dateTime(checkout.payDeadline(), getLocale())));
        deadline.addClassName("ks-muted");
        Div orderList = new Div();
        orderList.addClassName("ks-pay-orders");
        for (OrderSummary order : checkout.orders()) {
            orderList.add(new Paragraph(getTranslation(
                    "pay.order", order.storeName(), order.orderNo(), Formats.money(order.totalFen(), getLocale()))));
        }
        PaymentMethodPicker method = new PaymentMethodPicker(checkout.paymentMethod());
        card.add(new Span(getTranslation("pay.amountDue")), amount, deadline, orderList, method);
        DevPayments dev = devPayments.getIfAvailable();
        if (dev == null) {
            card.add(new Paragraph(getTranslation("pay.unavailable")), ordersLink());
            return;
        }
        Paragraph sandbox = new Paragraph(getTranslation("pay.devNote"));
        sandbox.addClassName("ks-pay-sandbox-note");
        Button pay = new Button(getTranslation("pay.devPay"), click -> {
            try {
                dev.payMyCheckout(checkout.checkoutId(), method.getValue());
                Notices.success("pay.paid");
                String first = checkout.orders().size() == 1
                        ? "/" + checkout.orders().getFirst().id()
                        : "";
                getUI().ifPresent(ui -> ui.navigate("orders" + first));
            } catch (DomainException refused) {
                Notices.error(refused);
                click.getSource().setEnabled(true);
            }
        });
        pay.setDisableOnClick(true);
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        card.add(sandbox, pay, ordersLink());
    }

    private Button ordersLink() {
        Button link =
                new Button(getTranslation("pay.toOrders"), click -> getUI().ifPresent(ui -> ui.navigate("orders")));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return link;
    }
}
