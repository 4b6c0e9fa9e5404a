package com.ks.platform.intrusion.ui;

import com.ks.platform.intrusion.BlockedSourceSummary;
import com.ks.platform.intrusion.SecurityEvents;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** 解除封禁: an admin lets a source in before its time and says why (the reason goes to the audit trail). */
class UnblockDialog extends Dialog {

    UnblockDialog(SecurityEvents events, BlockedSourceSummary block, Runnable onLifted) {
        setHeaderTitle(getTranslation("intrusion.unblock.title", block.source()));
        TextArea reason = new TextArea(getTranslation("intrusion.unblock.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(true);
        Button confirm = Buttons.submitting(new Button(getTranslation("intrusion.unblock.confirm")), () -> {
            try {
                events.unblock(block.id(), reason.getValue());
                Notices.success("intrusion.unblock.done", block.source());
                close();
                onLifted.run();
            } catch (RuleViolated refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("intrusion.unblock.cancel"), click -> close());
        add(new Paragraph(getTranslation("intrusion.unblock.text")), reason);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
