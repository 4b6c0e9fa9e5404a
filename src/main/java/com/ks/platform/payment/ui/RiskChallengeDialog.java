package com.ks.platform.payment.ui;

import com.ks.platform.risk.RiskControl;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 安全验证: risk control asked for a second confirmation, so the shopper types their sign-in password; the right one
 * yields a one-time confirmation and the payment goes on, a wrong one is refused (and counted).
 */
class RiskChallengeDialog extends Dialog {

    private final RiskControl risk;
    private final UUID assessmentId;
    private final Consumer<String> onConfirmed;
    private final PasswordField password = new PasswordField();

    RiskChallengeDialog(RiskControl risk, UUID assessmentId, Consumer<String> onConfirmed) {
        this.risk = risk;
        this.assessmentId = assessmentId;
        this.onConfirmed = onConfirmed;
        setHeaderTitle(getTranslation("risk.challenge.title"));
        password.setLabel(getTranslation("risk.challenge.password"));
        password.setWidthFull();
        password.setMaxLength(200);
        Button confirm = new Button(getTranslation("risk.challenge.confirm"), click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("risk.challenge.cancel"), click -> close());
        getFooter().add(cancel, confirm);
        add(new Paragraph(getTranslation("risk.challenge.explanation")), password);
        setWidth("min(420px, 100vw)");
    }

    private void confirm() {
        try {
            String confirmation = risk.confirmWithPassword(assessmentId, password.getValue());
            close();
            onConfirmed.accept(confirmation);
        } catch (DomainException refused) {
            password.clear();
            if ("error.risk.wrongPassword".equals(refused.messageKey())) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(refused.messageKey()));
            } else {
                close();
                Notices.error(refused);
            }
        }
    }
}
