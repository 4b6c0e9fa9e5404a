package com.ks.platform.payment.ui;

import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.payment.PaymentQueries;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** The methods (all, or those offered), the shopper's own earlier choice selected, each marked 沙箱 / Sandbox while a built-in sandbox stands in for its provider. */
class PaymentMethodChoice extends RadioButtonGroup<PaymentMethod> {

    PaymentMethodChoice(PaymentQueries payments, PaymentMethod preferred) {
        this(payments, preferred, java.util.List.of(PaymentMethod.values()));
    }

    PaymentMethodChoice(PaymentQueries payments, PaymentMethod preferred, java.util.List<PaymentMethod> offered) {
        setLabel(getTranslation("payment.method.choose"));
        setItems(offered);
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setRenderer(new ComponentRenderer<>(method -> label(payments, method)));
        setItemLabelGenerator(method -> getTranslation(method.messageKey()));
        // nothing preselected unless the shopper chose it before (先用后付 is credit: never a default)
        if (preferred != null) {
            setValue(preferred);
        }
        setRequired(true);
    }

    /** The method's name, with the 沙箱 badge while a sandbox stands in for its provider. */
    static Span label(PaymentQueries payments, PaymentMethod method) {
        Span label = new Span();
        label.setText(label.getTranslation(method.messageKey()));
        if (!payments.sandbox(method)) {
            return label;
        }
        Span badge = new Span(label.getTranslation("payment.sandbox.badge"));
        badge.addClassName("ks-badge");
        return new Span(label, new Span(" "), badge);
    }
}
