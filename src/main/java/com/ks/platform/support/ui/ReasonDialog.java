package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * An action that needs a reason for the history (transfer, escalate, urgency, merge, reopen): the action's own fields,
 * the reason, confirm. A refusal is shown and the dialog stays open with everything typed.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    ReasonDialog(String titleKey, Consumer<String> action, Runnable done, Component... fields) {
        this(titleKey, true, action, done, fields);
    }

    /** Without a reason field, for actions whose history already says why (a merge names both tickets). */
    static ReasonDialog withoutReason(String titleKey, Runnable action, Runnable done, Component... fields) {
        return new ReasonDialog(titleKey, false, why -> action.run(), done, fields);
    }

    private ReasonDialog(
            String titleKey, boolean askReason, Consumer<String> action, Runnable done, Component... fields) {
        setHeaderTitle(getTranslation(titleKey));
        reason.setLabel(getTranslation("desk.action.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(fields);
        if (askReason) {
            add(reason);
        }
        Button confirm = new Button(getTranslation("desk.action.confirm"), click -> {
            try {
                action.accept(reason.getValue());
                Notices.success("desk.action.done");
                close();
                done.run();
            } catch (RuleViolated refused) {
                String key = refused.fieldErrors().isEmpty()
                        ? refused.messageKey()
                        : refused.fieldErrors().values().iterator().next();
                if (askReason) {
                    reason.setErrorMessage(getTranslation(key, refused.arguments()));
                    reason.setInvalid(true);
                } else {
                    Notices.error(key, refused.arguments());
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("desk.action.cancel"), click -> close()), confirm);
        setWidth("32em");
    }
}
