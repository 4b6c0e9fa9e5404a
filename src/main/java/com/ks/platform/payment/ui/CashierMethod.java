package com.ks.platform.payment.ui;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentQueries;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * The cashier's payment method: the one chosen at checkout (or in the buy-now dialog) is shown, not asked again; 更换
 * opens the whole choice (another method after a failed payment). A checkout without a method shows the choice at once.
 */
class CashierMethod extends Div {

    private final PaymentMethodChoice choice;

    CashierMethod(PaymentQueries payments, PaymentMethod chosen) {
        addClassName("ks-pay-method");
        choice = new PaymentMethodChoice(payments, chosen);
        if (chosen == null) {
            add(choice);
            return;
        }
        Span label = new Span(getTranslation("payment.method.choose"));
        label.addClassName("ks-muted");
        Span name = PaymentMethodChoice.label(payments, chosen);
        name.addClassName("ks-pay-method-name");
        Div summary = new Div(label, name);
        summary.addClassName("ks-pay-method-chosen");
        Button change = new Button(getTranslation("payment.method.change"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.addClickListener(click -> {
            remove(summary);
            choice.setVisible(true);
        });
        summary.add(change);
        choice.setVisible(false);
        add(summary, choice);
    }

    PaymentMethod getValue() {
        return choice.getValue();
    }

    void onChange(Consumer<PaymentMethod> listener) {
        choice.addValueChangeListener(change -> listener.accept(change.getValue()));
    }
}
