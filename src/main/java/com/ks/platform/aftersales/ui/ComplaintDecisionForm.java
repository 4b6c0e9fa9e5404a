package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.Complaints;
import com.ks.platform.aftersales.WaitingCase;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;

/**
 * The agent's decision on a complaint, with a reason both parties read: 投诉成立 (with a refund if an amount is given,
 * up to what the order may still give back) or 投诉不成立. Hidden once decided.
 */
class ComplaintDecisionForm extends DecisionCard {

    ComplaintDecisionForm(Complaints complaints, WaitingCase<CaseDetails> waiting, Runnable changed) {
        super(changed);
        CaseDetails details = waiting.detail();
        if (details.state() != CaseState.ESCALATED) {
            setVisible(false);
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("workbench.complaint.amount"));
        amount.setHelperText(
                getTranslation("workbench.complaint.amountHelp", Formats.money(waiting.refundableFen(), getLocale())));
        Button uphold = new Button(
                getTranslation("workbench.complaint.uphold"),
                click -> run(() -> {
                    BigDecimal refund = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
                    complaints.uphold(details.id(), Formats.fen(refund), reason.getValue());
                }));
        uphold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button(
                getTranslation("workbench.complaint.dismiss"),
                click -> run(() -> complaints.dismiss(details.id(), reason.getValue())));
        frame("workbench.complaint.decide", amount, uphold, dismiss);
    }
}
