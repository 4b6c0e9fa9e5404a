package com.ks.platform.identity.ui;

import com.ks.platform.identity.AccountAdminDetails;
import com.ks.platform.identity.AccountAdministration;
import com.ks.platform.identity.AccountStatus;
import com.ks.platform.identity.Role;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One account for an administrator: masked identity, state, and the commands (each asks the service, which checks the
 * role again and refuses an administrator acting against themself with a message).
 */
class AccountAdminDialog extends Dialog {

    private final AccountAdministration administration;
    private final UUID accountId;
    private final Runnable changed;
    private final VerticalLayout body = new VerticalLayout();

    AccountAdminDialog(AccountAdministration administration, UUID accountId, Runnable changed) {
        this.administration = administration;
        this.accountId = accountId;
        this.changed = changed;
        setHeaderTitle(getTranslation("admin.accounts.dialog.title"));
        setWidth("min(40rem, 95vw)");
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("admin.accounts.dialog.close"), click -> close());
        getFooter().add(close);
        render();
    }

    private void render() {
        body.removeAll();
        AccountAdminDetails account = administration.details(accountId);
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(account.maskedName()), getTranslation("admin.accounts.name"));
        facts.addFormItem(new Span(account.maskedEmail()), getTranslation("admin.accounts.email"));
        facts.addFormItem(
                new Span(getTranslation(
                        "admin.accounts.status." + account.status().name())),
                getTranslation("admin.accounts.status"));
        facts.addFormItem(new Span(lockText(account)), getTranslation("admin.accounts.lock"));
        facts.addFormItem(
                new Span(
                        account.lastLoginAt() == null
                                ? getTranslation("admin.accounts.never")
                                : Formats.dateTime(account.lastLoginAt(), getLocale())),
                getTranslation("admin.accounts.lastLogin"));
        facts.addFormItem(
                new Span(Formats.number(account.openSessions(), getLocale())),
                getTranslation("admin.accounts.sessions"));
        body.add(facts);

        TextField reason = new TextField(getTranslation("admin.accounts.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("admin.accounts.reason.help"));
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        if (account.status() == AccountStatus.ACTIVE) {
            Button disable =
                    action("admin.accounts.disable", () -> administration.disable(accountId, reason.getValue()));
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(
                    disable,
                    action(
                            "admin.accounts.forceReset",
                            () -> administration.forcePasswordReset(accountId, reason.getValue())));
        } else if (account.status() == AccountStatus.DISABLED) {
            actions.add(action("admin.accounts.enable", () -> administration.enable(accountId, reason.getValue())));
        }
        if (account.lockedAt(Instant.now()) || account.failedLogins() > 0) {
            actions.add(action("admin.accounts.unlock", () -> administration.unlock(accountId)));
        }
        actions.add(action("admin.accounts.revokeSessions", () -> administration.revokeSessions(accountId)));
        body.add(reason, actions);

        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.accounts.staffRoles"));
        roles.setItems(AccountAdministration.STAFF_ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(account.roles().stream()
                .filter(AccountAdministration.STAFF_ROLES::contains)
                .collect(Collectors.toSet()));
        Button saveRoles = action(
                "admin.accounts.saveRoles",
                () -> administration.assignStaffRoles(
                        accountId,
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue())));
        body.add(roles, saveRoles);
    }

    private Button action(String key, Runnable command) {
        return new Button(getTranslation(key), click -> {
            try {
                command.run();
            } catch (DomainException refused) {
                Notices.error(refused);
                return;
            }
            Notices.success(key + ".done");
            changed.run();
            render();
        });
    }

    private String lockText(AccountAdminDetails account) {
        if (account.lockedAt(Instant.now())) {
            return getTranslation("admin.accounts.lockedUntil", Formats.dateTime(account.lockedUntil(), getLocale()));
        }
        return getTranslation("admin.accounts.failedLogins", account.failedLogins());
    }
}
