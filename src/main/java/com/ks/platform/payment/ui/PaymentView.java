package com.ks.platform.payment.ui;

import com.ks.platform.credit.CreditService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.CheckoutSummary;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderRoutes;
import com.ks.platform.ordering.OrderSummary;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentQueries;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.payment.PaymentStatus;
import com.ks.platform.risk.RiskControl;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 收银台: what the checkout owes (all its shops together), until when, and a method; 去支付 opens a payment and goes to
 * the provider's page. Back from it ({@code ?payment=<id>}), the page waits for the provider's notification and then
 * shows the order. The built-in providers are sandboxes, and the page says so.
 */
@Route(value = "pay/:checkoutId", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class PaymentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MS = 1500;

    private final OrderQueries orders;
    private final PaymentService payments;
    private final PaymentQueries paymentQueries;
    private final CreditService credit;
    private final RiskControl risk;
    private CheckoutSummary checkout;
    private UUID returningPayment;
    private Registration polling;

    public PaymentView(
            OrderQueries orders,
            PaymentService payments,
            PaymentQueries paymentQueries,
            CreditService credit,
            RiskControl risk) {
        this.orders = orders;
        this.credit = credit;
        this.payments = payments;
        this.paymentQueries = paymentQueries;
        this.risk = risk;
        addClassName("ks-pay");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pay.title") + " · Ks 下单平台";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returningPayment = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("payment")
                .flatMap(PaymentView::uuid)
                .orElse(null);
        RouteObjects.showOrNotFound(event, "checkoutId", RouteObjects.orEmpty(orders::myCheckout), found -> {
            checkout = found;
            show(event::forwardTo);
        });
    }

    /** Shows the page as it is now: the returning payment's result (going on to the order once paid), or the cashier. */
    private void show(Consumer<String> navigate) {
        stopPolling();
        removeAll();
        add(new H1(getTranslation("pay.title")));
        Div card = new Div();
        card.addClassNames("ks-card", "ks-pay-card");
        add(card);
        if (returningPayment != null && showResult(card, navigate)) {
            return;
        }
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
        CashierMethod method = new CashierMethod(paymentQueries, checkout.paymentMethod());
        Paragraph sandbox = new Paragraph(getTranslation("payment.sandbox.note"));
        sandbox.addClassName("ks-pay-sandbox-note");
        Div creditPanel = new Div();
        Button pay = new Button(
                getTranslation("payment.pay"),
                click -> RiskAwarePay.attempt(
                        risk,
                        click.getSource(),
                        client -> payments.start(checkout.checkoutId(), method.getValue(), client),
                        started -> getUI().ifPresent(ui -> ui.navigate(started.hostedPageUrl()))));
        pay.setDisableOnClick(true);
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        // 先用后付 is confirmed in its own panel, after its schedule; the other methods go to the provider's page
        method.onChange(chosen -> showCredit(chosen, creditPanel, pay));
        card.add(
                new Span(getTranslation("pay.amountDue")),
                amount,
                deadline,
                orderList,
                method,
                creditPanel,
                sandbox,
                pay,
                ordersLink());
        showCredit(method.getValue(), creditPanel, pay);
    }

    private void showCredit(PaymentMethod method, Div panel, Button pay) {
        panel.removeAll();
        boolean credit = method == PaymentMethod.CREDIT;
        pay.setVisible(!credit);
        if (credit) {
            panel.add(new CreditPayPanel(
                    this.credit, payments, risk, checkout.checkoutId(), checkout.amountDueFen(), paid -> {
                        returningPayment = paid;
                        refresh();
                    }));
        }
    }

    /** @return true when the result fills the page (paid or still waiting); false to offer paying again. */
    private boolean showResult(Div card, Consumer<String> navigate) {
        Optional<PaymentDetails> payment = Optional.of(returningPayment)
                .flatMap(RouteObjects.orEmpty(paymentQueries::myPayment))
                .filter(p -> p.checkoutId().equals(checkout.checkoutId()));
        if (payment.isEmpty()) {
            return false;
        }
        PaymentStatus status = payment.get().status();
        if (status.captured()) {
            checkout = orders.myCheckout(checkout.checkoutId());
            Notices.success("pay.paid");
            navigate.accept(orderPage());
            return true;
        }
        if (status == PaymentStatus.PENDING || status == PaymentStatus.CREATED) {
            Button refresh = new Button(getTranslation("payment.result.refresh"), click -> refresh());
            card.add(new Paragraph(getTranslation("payment.result.waiting")), refresh, ordersLink());
            startPolling();
            return true;
        }
        Paragraph failed = new Paragraph(getTranslation("payment.result.failed", getTranslation(status.messageKey())));
        failed.addClassName("ks-error-text");
        card.add(failed);
        returningPayment = null;
        return false;
    }

    /** Reads the checkout again and redraws (the poll and the refresh button). */
    void refresh() {
        checkout = orders.myCheckout(checkout.checkoutId());
        show(location -> UI.getCurrent().navigate(location));
    }

    private String orderPage() {
        return checkout.orders().size() == 1
                ? OrderRoutes.order(checkout.orders().getFirst().id())
                : OrderRoutes.ORDERS;
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(poll -> refresh());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling();
    }

    private Button ordersLink() {
        Button link =
                new Button(getTranslation("pay.toOrders"), click -> getUI().ifPresent(ui -> ui.navigate("orders")));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return link;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
