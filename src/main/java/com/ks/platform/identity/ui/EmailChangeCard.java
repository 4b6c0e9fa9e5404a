package com.ks.platform.identity.ui;

import com.ks.platform.identity.EmailChanges;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;

/** 更换邮箱: asks for the new address (and the password, if the account has one); the change waits for the link. */
class EmailChangeCard extends Div {

    private final EmailChanges changes;
    private final EmailField newEmail = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Paragraph sent = new Paragraph();

    EmailChangeCard(EmailChanges changes, boolean hasPassword) {
        this.changes = changes;
        setId("email-change");
        addClassName("ks-card");
        newEmail.setLabel(getTranslation("emailChange.new"));
        newEmail.setMaxLength(254);
        newEmail.setValueChangeMode(ValueChangeMode.ON_BLUR);
        newEmail.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("emailChange.password"));
        password.setMaxLength(128);
        password.setVisible(hasPassword);
        FormLayout form = new FormLayout(newEmail, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button request = Buttons.submitting(new Button(getTranslation("emailChange.send")), this::request);
        sent.setId("email-change-sent");
        sent.setVisible(false);
        Paragraph hint = new Paragraph(getTranslation("emailChange.hint"));
        hint.addClassName("ks-muted");
        add(new H3(getTranslation("emailChange.title")), form, request, sent, hint);
    }

    private void request() {
        Map<String, String> errors = changes.requestMine(newEmail.getValue(), password.getValue());
        FieldErrors.show(errors, Map.of(EmailChanges.NEW_EMAIL, newEmail, EmailChanges.PASSWORD, password));
        if (errors.isEmpty()) {
            // the same words whether or not the address can be used (no account enumeration)
            sent.setText(getTranslation("emailChange.sent", newEmail.getValue()));
            sent.setVisible(true);
            password.clear();
        }
    }
}
