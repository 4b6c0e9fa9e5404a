package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Invites a staff member (e-mail and permissions) or, with an e-mail given, changes an existing one's permissions. The
 * service decides; its refusals are shown next to the fields and the dialog keeps what was typed.
 */
class StaffPermissionsDialog extends Dialog {

    /** What the dialog asks the service to do with the e-mail and the chosen permissions. */
    interface Action {
        void apply(String email, Set<StaffPermission> permissions);
    }

    private final EmailField email = new EmailField();
    private final CheckboxGroup<StaffPermission> permissions = new CheckboxGroup<>();

    /** @param fixedEmail null to invite; the member's address to change its permissions */
    StaffPermissionsDialog(String fixedEmail, Set<StaffPermission> current, Action action) {
        setHeaderTitle(getTranslation(fixedEmail == null ? "staff.invite.title" : "staff.edit.title"));
        setWidth("min(520px, 100vw)");
        email.setLabel(getTranslation("staff.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        if (fixedEmail != null) {
            email.setValue(fixedEmail);
            email.setReadOnly(true);
        }
        permissions.setLabel(getTranslation("staff.permissions"));
        permissions.setItems(StaffPermission.values());
        permissions.setItemLabelGenerator(p -> getTranslation("staff.permission." + p.name()));
        permissions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        permissions.setValue(current);
        permissions.setHelperText(getTranslation("staff.permissions.help"));
        FormLayout form = new FormLayout(email, permissions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = Buttons.submitting(
                new Button(getTranslation(fixedEmail == null ? "staff.invite.send" : "staff.edit.save")),
                () -> save(action));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), click -> close());
        getFooter().add(cancel, save);
        add(form);
    }

    private void save(Action action) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("permissions", permissions);
        try {
            Set<StaffPermission> chosen = permissions.getValue().isEmpty()
                    ? EnumSet.noneOf(StaffPermission.class)
                    : EnumSet.copyOf(permissions.getValue());
            action.apply(email.getValue(), chosen);
            close();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, fields)) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
