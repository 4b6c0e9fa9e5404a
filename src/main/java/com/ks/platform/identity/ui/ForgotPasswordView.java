package com.ks.platform.identity.ui;

import com.ks.platform.identity.PasswordResets;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 忘记密码: asks for the sign-in address; the answer is the same whether or not it has an account. */
@Route(value = "forgot-password", layout = StorefrontLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResets resets) {
        addClassNames("ks-card", "ks-narrow");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Paragraph sent = new Paragraph();
        sent.setId("reset-sent");
        sent.addClassName("ks-success");
        Button send = Buttons.submitting(new Button(getTranslation("reset.send")), () -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("reset.email.required"));
                return;
            }
            try {
                resets.request(email.getValue());
                sent.setText(getTranslation("reset.sent"));
            } catch (RateLimited limited) {
                sent.setText("");
                Notices.error(limited);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph hint = new Paragraph(getTranslation("reset.hint"));
        hint.addClassName("ks-muted");
        add(
                new H2(getTranslation("reset.title")),
                hint,
                email,
                send,
                sent,
                new Anchor("login", getTranslation("nav.signIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Ks";
    }
}
