package com.ks.platform.payment.ui;

import com.ks.platform.payment.sandbox.SandboxGateway;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;

/** The PayPal sandbox's sign-in: any well-formed e-mail approves (no password: nothing real is behind it). */
class SandboxPaypalForm extends FormLayout {

    SandboxPaypalForm(SandboxGateway sandbox, String chargeId, Runnable done) {
        EmailField email = new EmailField(getTranslation("payment.sandbox.paypal.email"));
        Button pay = new Button(getTranslation("payment.sandbox.paypal.pay"));
        pay.addClickListener(click -> SandboxSubmit.run(
                pay, () -> sandbox.payByPaypal(chargeId, email.getValue()), Map.of("email", email), done));
        pay.setDisableOnClick(true);
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(email, pay);
    }
}
