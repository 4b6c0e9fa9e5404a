package com.ks.platform.identity.ui;

import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A visitor becomes a shopper. Every rule is checked on the server, on blur and again on submit. */
@Route(value = "register", layout = StorefrontLayout.class)
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox acceptPrivacy = new Checkbox();
    private final Checkbox personalisation = new Checkbox();
    private final Div privacyError = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    public RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("ks-card", "ks-narrow");
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(254);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setMaxLength(60);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setMaxLength(128);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        acceptPrivacy.setLabelComponent(privacyLabel());
        acceptPrivacy.setId("accept-privacy");
        personalisation.setLabel(getTranslation("register.personalisation"));
        privacyError.addClassName("ks-field-error");
        privacyError
                .getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        // marked and announced (aria-required) before anyone submits
        email.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        acceptPrivacy.setRequiredIndicatorVisible(true);
        fields.put("email", email);
        fields.put("displayName", displayName);
        fields.put("password", password);
        watch("email", email);
        watch("displayName", displayName);
        watch("password", password);
        acceptPrivacy.addValueChangeListener(change -> privacyError.setText(""));

        Button submit = Buttons.submitting(new Button(getTranslation("register.submit")), this::submit);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        FormLayout form = new FormLayout(email, displayName, password, acceptPrivacy, privacyError, personalisation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph signIn = new Paragraph(getTranslation("register.haveAccount") + " ");
        signIn.add(new Anchor("login", getTranslation("nav.signIn")));
        add(new H2(getTranslation("register.title")), form, submit, signIn);
    }

    private Component privacyLabel() {
        Span label = new Span(getTranslation("register.acceptPrivacy") + " ");
        Anchor policy = new Anchor("privacy-policy", getTranslation("privacy.title"));
        policy.setTarget("_blank");
        label.add(policy);
        return label;
    }

    private void watch(String name, com.vaadin.flow.component.BlurNotifier<?> field) {
        field.addBlurListener(blur -> {
            touched.add(name);
            showErrors(accounts.checkRegistration(draft()), false);
        });
    }

    private RegisterShopper draft() {
        return new RegisterShopper(
                email.getValue(),
                displayName.getValue(),
                password.getValue(),
                acceptPrivacy.getValue(),
                personalisation.getValue());
    }

    private void submit() {
        try {
            accounts.registerShopper(draft());
            Notices.success("register.done");
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (RuleViolated violation) {
            fields.keySet().forEach(touched::add);
            showErrors(violation.fieldErrors(), true);
        } catch (RateLimited limited) {
            Notices.error(limited);
        }
    }

    private void showErrors(Map<String, String> errors, boolean includePrivacy) {
        Map<String, String> visible = new LinkedHashMap<>();
        errors.forEach((field, key) -> {
            if (touched.contains(field)) {
                visible.put(field, key);
            }
        });
        FieldErrors.show(visible, fields);
        if (includePrivacy && errors.containsKey("acceptPrivacyPolicy")) {
            privacyError.setText(getTranslation(errors.get("acceptPrivacyPolicy")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Ks";
    }
}
