package com.ks.platform.identity.ui;

import com.ks.platform.identity.SecondFactors;
import com.ks.platform.identity.TotpEnrolment;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.QrCodes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * Enrols an authenticator app: scan the QR code (or type the secret), then type the code the app shows — the secret is
 * stored only once a code proves the app has it.
 */
class AuthenticatorEnrolment extends Div {

    private final TotpEnrolment offer;
    private final TextField code = new TextField();

    AuthenticatorEnrolment(SecondFactors factors, Consumer<List<String>> enrolled) {
        this.offer = factors.newAuthenticatorSecret();
        addClassName("ks-authenticator-enrolment");
        Paragraph steps = new Paragraph(getTranslation("mfa.enrol.steps"));
        Image qr = new Image(QrCodes.svgDataUrl(offer.otpauthUri()), getTranslation("mfa.enrol.qrAlt"));
        qr.setWidth("180px");
        qr.setHeight("180px");
        Span secret = new Span(offer.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("two-factor-secret");
        secret.addClassName("ks-mono");
        Paragraph typed = new Paragraph(getTranslation("mfa.enrol.orType") + " ");
        typed.add(secret);
        code.setId("two-factor-code");
        code.setLabel(getTranslation("mfa.code"));
        code.setHelperText(getTranslation("mfa.code.help"));
        code.setMaxLength(8);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = Buttons.submitting(new Button(getTranslation("mfa.enrol.confirm")), () -> {
            try {
                enrolled.accept(factors.enrolAuthenticator(offer.secret(), code.getValue()));
            } catch (RuleViolated refused) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        confirm.setId("two-factor-enrol");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(steps, qr, typed, code, confirm);
    }
}
