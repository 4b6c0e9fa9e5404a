package com.ks.platform.identity.ui;

import com.ks.platform.identity.EmailChanges;
import com.ks.platform.identity.Passkeys;
import com.ks.platform.identity.PasswordChanges;
import com.ks.platform.identity.SecondFactors;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 账户安全: every signed-in person (shoppers and staff) changes their password and sign-in e-mail, and manages passkeys
 * and the authenticator.
 */
@Route(value = "account/security", layout = StorefrontLayout.class)
@PermitAll
public class AccountSecurityView extends Div implements HasDynamicTitle {

    private final PasswordChanges passwords;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public AccountSecurityView(
            PasswordChanges passwords, EmailChanges emailChanges, Passkeys passkeys, SecondFactors factors) {
        this.passwords = passwords;
        addClassNames("ks-card", "ks-narrow");
        add(new H2(getTranslation("security.title")));
        boolean hasPassword = passwords.hasPassword();
        if (hasPassword) {
            addPasswordForm();
        } else {
            add(new Paragraph(getTranslation("error.password.noPassword")));
        }
        add(new EmailChangeCard(emailChanges, hasPassword));
        // issue 20: passkeys for every role; the authenticator app that staff (and anyone who wants) use after the
        // password
        add(new PasskeysCard(passkeys), new AuthenticatorCard(factors));
    }

    private void addPasswordForm() {
        current.setLabel(getTranslation("security.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("security.new"));
        next.setHelperText(getTranslation("register.password.help"));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("security.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setMaxLength(128);
            field.setRequiredIndicatorVisible(true);
        }
        Button change = Buttons.submitting(new Button(getTranslation("security.change")), this::change);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph hint = new Paragraph(getTranslation("security.hint"));
        hint.addClassName("ks-muted");
        add(form, change, hint);
    }

    private void change() {
        Map<String, PasswordField> fields = new LinkedHashMap<>();
        fields.put(PasswordChanges.CURRENT, current);
        fields.put(PasswordChanges.NEW, next);
        fields.put("repeat", repeat);
        if (!next.getValue().equals(repeat.getValue())) {
            FieldErrors.show(Map.of("repeat", "security.repeat.mismatch"), fields);
            return;
        }
        Map<String, String> errors = passwords.changeMine(current.getValue(), next.getValue());
        FieldErrors.show(errors, fields);
        if (errors.isEmpty()) {
            current.clear();
            next.clear();
            repeat.clear();
            Notices.success("security.changed");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.title") + " · Ks";
    }
}
