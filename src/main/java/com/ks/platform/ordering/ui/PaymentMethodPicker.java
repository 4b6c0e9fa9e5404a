package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.PaymentMethod;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Optional;

/**
 * The payment methods as a radio group, labelled in the person's language. Nothing is preselected, not even the method
 * used last time: 先用后付 is a credit product, and the shopper picks every method knowingly (UX.md, Behaviour). The
 * choice made here is the one the cashier uses.
 */
class PaymentMethodPicker extends RadioButtonGroup<PaymentMethod> {

    PaymentMethodPicker() {
        setLabel(getTranslation("checkout.paymentMethod"));
        setItems(PaymentMethod.values());
        setItemLabelGenerator(method -> getTranslation(method.messageKey()));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        addClassName("ks-payment-methods");
        setRequiredIndicatorVisible(true);
        setErrorMessage(getTranslation("error.checkout.paymentMethod"));
        addValueChangeListener(change -> setInvalid(change.getValue() == null));
    }

    /** The chosen method; when none is chosen yet, the group says so beside itself. */
    Optional<PaymentMethod> chosen() {
        setInvalid(getValue() == null);
        return Optional.ofNullable(getValue());
    }
}
