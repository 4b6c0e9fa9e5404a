package com.ks.platform.ordering.ui;

import com.ks.platform.ordering.PaymentMethod;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/** The payment methods as a radio group, labelled in the person's language. */
class PaymentMethodPicker extends RadioButtonGroup<PaymentMethod> {

    PaymentMethodPicker(PaymentMethod preselected) {
        setLabel(getTranslation("checkout.paymentMethod"));
        setItems(PaymentMethod.values());
        setItemLabelGenerator(method -> getTranslation(method.messageKey()));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        addClassName("ks-payment-methods");
        setValue(preselected == null ? PaymentMethod.WECHAT_PAY : preselected);
        setRequired(true);
    }
}
