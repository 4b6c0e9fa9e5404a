package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * 部分退款 for the merchant: an amount in yuan below what the case may still give back, and a reason the shopper reads
 * before accepting or declining. Shown on a request not yet answered and on a returned item being inspected.
 */
class ProposalForm extends Div {

    ProposalForm(RefundProposals proposals, CaseDetails details, long refundableFen, Runnable changed) {
        addClassNames("ks-card", "ks-case-proposal-form");
        if (!RefundProposals.allowed(details.type(), details.reason(), details.state()) || refundableFen < 2) {
            setVisible(false);
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("aftersales.proposal.amount"));
        amount.setPrefixComponent(new Div("¥"));
        amount.setHelperText(
                getTranslation("aftersales.proposal.amountHelp", Formats.money(refundableFen, getLocale())));
        TextArea reason = new TextArea(getTranslation("aftersales.proposal.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button propose = new Button(getTranslation("aftersales.proposal.propose"), click -> {
            try {
                proposals.propose(details.id(), Formats.fen(amount.getValue()), reason.getValue());
                Notices.success("aftersales.proposal.sent");
                changed.run();
            } catch (RuleViolated violation) {
                if (!FieldErrors.show(violation, Map.<String, HasValidation>of("amount", amount, "reason", reason))) {
                    Notices.error(violation);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        add(new H2(getTranslation("aftersales.proposal.title")), amount, reason, propose);
    }
}
