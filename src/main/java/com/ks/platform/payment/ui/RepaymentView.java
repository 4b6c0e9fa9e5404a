package com.ks.platform.payment.ui;

import com.ks.platform.credit.CreditBill;
import com.ks.platform.credit.CreditService;
import com.ks.platform.identity.Roles;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentDetails;
import com.ks.platform.payment.PaymentQueries;
import com.ks.platform.payment.PaymentService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.RouteObjects;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * 还款: repaying one of the shopper's credit bills, in full or in part, with any outside method — through the
 * provider's hosted page and its signed notification, like any payment. {@code ?bill=<id>} names the bill (another
 * person's: the not-found page); without it, the oldest bill with something left to pay.
 */
@Route(value = "account/credit/repay", layout = StorefrontLayout.class)
@RolesAllowed(Roles.SHOPPER)
public class RepaymentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CreditService credit;
    private final PaymentService payments;
    private final PaymentQueries paymentQueries;

    public RepaymentView(CreditService credit, PaymentService payments, PaymentQueries paymentQueries) {
        this.credit = credit;
        this.payments = payments;
        this.paymentQueries = paymentQueries;
        addClassName("ks-pay");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var named = event.getLocation().getQueryParameters().getSingleParameter("bill");
        if (named.isEmpty()) {
            show(credit.myBills().stream()
                    .filter(b -> b.outstandingFen() > 0)
                    .reduce((later, earlier) -> earlier)
                    .orElse(null));
            return;
        }
        Optional<CreditBill> bill = parse(named.get()).flatMap(RouteObjects.orEmpty(credit::myBill));
        if (bill.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(bill.get());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void show(CreditBill bill) {
        removeAll();
        add(new H1(getTranslation("credit.repay.title")));
        Div card = new Div();
        card.addClassNames("ks-card", "ks-pay-card");
        add(card);
        Button back = new Button(
                getTranslation("credit.repay.back"), click -> getUI().ifPresent(ui -> ui.navigate("account/credit")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (bill == null) {
            card.add(new Paragraph(getTranslation("credit.repay.nothing")), back);
            return;
        }
        Span due = new Span(Formats.money(bill.outstandingFen(), getLocale()));
        due.addClassNames("ks-price", "ks-price-large", "ks-tabular");
        card.add(
                new Paragraph(getTranslation(
                        "credit.repay.bill",
                        bill.statementDate().toString(),
                        bill.dueDate().toString(),
                        getTranslation(bill.status().messageKey()))),
                due);
        if (bill.outstandingFen() == 0) {
            card.add(new Paragraph(getTranslation("error.credit.billPaid")), back);
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("credit.repay.amount"));
        amount.setPrefixComponent(new Span("¥"));
        amount.setValue(BigDecimal.valueOf(bill.outstandingFen(), 2));
        PaymentMethodChoice method =
                new PaymentMethodChoice(paymentQueries, PaymentMethod.ALIPAY, PaymentMethod.externalMethods());
        method.setLabel(getTranslation("credit.repay.method"));
        Button repay = new Button(getTranslation("credit.repay.confirm"), click -> {
            try {
                PaymentDetails started = payments.startRepayment(bill.id(), fen(amount.getValue()), method.getValue());
                getUI().ifPresent(ui -> ui.navigate(started.hostedPageUrl()));
            } catch (DomainException refused) {
                amount.setInvalid(true);
                amount.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                click.getSource().setEnabled(true);
            }
        });
        repay.setDisableOnClick(true);
        repay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Paragraph sandbox = new Paragraph(getTranslation("payment.sandbox.note"));
        sandbox.addClassName("ks-pay-sandbox-note");
        card.add(amount, method, sandbox, repay, back);
    }

    /** Yuan as typed → fen; more than two decimals or nothing typed → 0 (refused by the service). */
    private static long fen(BigDecimal yuan) {
        if (yuan == null || yuan.stripTrailingZeros().scale() > 2) {
            return 0;
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.repay.title") + " · Ks 下单平台";
    }
}
