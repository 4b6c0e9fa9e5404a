package com.ks.platform.payment.ui;

import com.ks.platform.payment.sandbox.SandboxGateway;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The card sandbox's own form: the number and CVV go to the sandbox, which keeps a token and the last four digits;
 * both fields are emptied as soon as the sandbox has them, so they do not stay in the page's state.
 */
class SandboxCardForm extends FormLayout {

    SandboxCardForm(SandboxGateway sandbox, String chargeId, Runnable done) {
        TextField number = new TextField(getTranslation("payment.sandbox.card.number"));
        number.setAutocomplete(Autocomplete.CC_NUMBER);
        TextField expiry = new TextField(getTranslation("payment.sandbox.card.expiry"));
        expiry.setPlaceholder("MM/YY");
        PasswordField cvv = new PasswordField(getTranslation("payment.sandbox.card.cvv"));
        cvv.setRevealButtonVisible(false);
        Button pay = new Button(getTranslation("payment.sandbox.card.pay"));
        pay.addClickListener(click -> SandboxSubmit.run(
                pay,
                () -> {
                    sandbox.payByCard(chargeId, number.getValue(), expiry.getValue(), cvv.getValue());
                    number.clear();
                    cvv.clear();
                },
                Map.of("number", number, "expiry", expiry, "cvv", cvv),
                done));
        pay.setDisableOnClick(true);
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(number, expiry, cvv, pay);
    }
}
