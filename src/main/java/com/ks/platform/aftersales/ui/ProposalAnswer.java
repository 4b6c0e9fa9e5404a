package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.aftersales.RefundProposals;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The merchant's partial-refund proposal as the shopper answers it: the amount and the merchant's reason, 接受 (that
 * amount is refunded) or 拒绝 (then the platform may be asked to step in).
 */
class ProposalAnswer extends Div {

    ProposalAnswer(RefundProposals proposals, CaseDetails details, Runnable changed) {
        addClassNames("ks-card", "ks-case-proposal");
        CaseDetails.Proposal proposal = details.proposal();
        Paragraph amount = new Paragraph(
                getTranslation("aftersales.proposal.offer", Formats.money(proposal.amountFen(), getLocale())));
        amount.addClassName("ks-case-proposal-amount");
        Paragraph why = new Paragraph(getTranslation("aftersales.proposal.because", proposal.note()));
        Paragraph help = new Paragraph(getTranslation("aftersales.proposal.help"));
        help.addClassName("ks-muted");
        Button accept = new Button(
                getTranslation("aftersales.proposal.accept"),
                click -> run(() -> proposals.accept(details.id()), "aftersales.proposal.accepted", changed));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(
                getTranslation("aftersales.proposal.decline"),
                click -> run(() -> proposals.decline(details.id()), "aftersales.proposal.declined", changed));
        add(new H2(getTranslation("aftersales.proposal.title")), amount, why, help, accept, decline);
    }

    private static void run(Runnable command, String doneKey, Runnable changed) {
        try {
            command.run();
            Notices.success(doneKey);
        } catch (DomainException refused) {
            Notices.error(refused);
        }
        changed.run();
    }
}
