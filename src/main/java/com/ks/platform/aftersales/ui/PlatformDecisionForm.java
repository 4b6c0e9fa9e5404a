package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.PlatformDecisions;
import com.ks.platform.aftersales.WaitingCase;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;

/**
 * The agent's decision on a case waiting for the platform, with a reason the shopper and merchant will read: refund
 * (the refundable amount filled in; less for a partial refund) or uphold the merchant. Hidden once decided.
 */
class PlatformDecisionForm extends DecisionCard {

    PlatformDecisionForm(PlatformDecisions decisions, WaitingCase<CaseDetails> waiting, Runnable changed) {
        super(changed);
        CaseDetails details = waiting.detail();
        if (details.state() != CaseState.ESCALATED) {
            setVisible(false);
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("workbench.platform.amount"));
        amount.setValue(BigDecimal.valueOf(waiting.refundableFen(), 2));
        amount.setHelperText(
                getTranslation("workbench.platform.amountHelp", Formats.money(waiting.refundableFen(), getLocale())));
        Button refund = new Button(
                getTranslation("workbench.platform.refund"),
                click -> run(() -> decisions.refund(details.id(), Formats.fen(amount.getValue()), reason.getValue())));
        refund.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button uphold = new Button(
                getTranslation("workbench.platform.uphold"),
                click -> run(() -> decisions.uphold(details.id(), reason.getValue())));
        frame("workbench.platform.decide", amount, refund, uphold);
    }
}
