package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.PlatformDecisions;
import com.ks.platform.aftersales.WaitingCase;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;

/**
 * The agent's decision on a case waiting for the platform, with a reason the shopper and merchant will read: refund
 * (the refundable amount filled in; less for a partial refund) or uphold the merchant. Hidden once decided.
 */
class PlatformDecisionForm extends Div {

    private final Runnable changed;

    PlatformDecisionForm(PlatformDecisions decisions, WaitingCase<CaseDetails> waiting, Runnable changed) {
        this.changed = changed;
        addClassNames("ks-card", "ks-case-actions");
        CaseDetails details = waiting.detail();
        if (details.state() != CaseState.ESCALATED) {
            setVisible(false);
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("workbench.platform.amount"));
        amount.setValue(BigDecimal.valueOf(waiting.refundableFen(), 2));
        amount.setHelperText(
                getTranslation("workbench.platform.amountHelp", Formats.money(waiting.refundableFen(), getLocale())));
        TextArea reason = new TextArea(getTranslation("workbench.platform.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button refund = new Button(
                getTranslation("workbench.platform.refund"),
                click -> run(() -> decisions.refund(details.id(), Formats.fen(amount.getValue()), reason.getValue())));
        refund.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button uphold = new Button(
                getTranslation("workbench.platform.uphold"),
                click -> run(() -> decisions.uphold(details.id(), reason.getValue())));
        add(
                new H2(getTranslation("workbench.platform.decide")),
                new Paragraph(getTranslation("workbench.platform.binding")),
                reason,
                amount,
                refund,
                uphold);
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notices.success("aftersales.saved");
            changed.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
