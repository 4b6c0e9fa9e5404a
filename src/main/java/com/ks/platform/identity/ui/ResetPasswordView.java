package com.ks.platform.identity.ui;

import com.ks.platform.identity.PasswordChanges;
import com.ks.platform.identity.PasswordResets;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.StorefrontLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where a reset mail's link leads: a new password, once, while the link is fresh. */
@Route(value = PasswordResets.ROUTE, layout = StorefrontLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private PasswordResets.ResetLink link;

    public ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassNames("ks-card", "ks-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("reset.new.title")));
        link = parse(event.getLocation().getQueryParameters()).orElse(null);
        if (link == null || !resets.isValid(link)) {
            showInvalid();
            return;
        }
        password.setLabel(getTranslation("security.new"));
        password.setHelperText(getTranslation("register.password.help"));
        repeat.setLabel(getTranslation("security.repeat"));
        for (PasswordField field : new PasswordField[] {password, repeat}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setMaxLength(128);
            field.setRequiredIndicatorVisible(true);
        }
        Button save = Buttons.submitting(new Button(getTranslation("reset.new.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        Map<String, PasswordField> fields = Map.of(PasswordChanges.NEW, password, "repeat", repeat);
        if (!password.getValue().equals(repeat.getValue())) {
            FieldErrors.show(Map.of("repeat", "security.repeat.mismatch"), fields);
            return;
        }
        Map<String, String> errors = resets.reset(link, password.getValue());
        if (errors.containsKey("link")) {
            removeAll();
            add(new H2(getTranslation("reset.new.title")));
            showInvalid();
            return;
        }
        FieldErrors.show(errors, fields);
        if (errors.isEmpty()) {
            Notices.success("reset.done");
            getUI().ifPresent(ui -> ui.navigate("login"));
        }
    }

    private void showInvalid() {
        Paragraph invalid = new Paragraph(getTranslation("error.reset.invalid"));
        invalid.setId("reset-invalid");
        add(invalid, new Anchor("forgot-password", getTranslation("reset.again")));
    }

    private static Optional<PasswordResets.ResetLink> parse(QueryParameters query) {
        try {
            var values = query.getParameters();
            UUID account = UUID.fromString(values.get("account").getFirst());
            long expires = Long.parseLong(values.get("expires").getFirst());
            String token = values.get("token").getFirst();
            return Optional.of(new PasswordResets.ResetLink(account, expires, token));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.new.title") + " · Ks";
    }
}
