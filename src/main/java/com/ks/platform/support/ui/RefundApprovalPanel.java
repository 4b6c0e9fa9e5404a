package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesQueries;
import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.CaseState;
import com.ks.platform.aftersales.PlatformRefundLimit;
import com.ks.platform.aftersales.RefundApproval;
import com.ks.platform.aftersales.RefundApprovals;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The escalated after-sales case behind a ticket: the way to its decision page, and for a refund above the agent's
 * limit the request to a lead — or, once asked, the request itself, which a lead approves or turns down here.
 */
class RefundApprovalPanel extends Div {

    private final RefundApprovals approvals;
    private final Runnable changed;

    RefundApprovalPanel(
            UUID caseId,
            AfterSalesQueries afterSales,
            RefundApprovals approvals,
            PlatformRefundLimit limit,
            Runnable changed) {
        this.approvals = approvals;
        this.changed = changed;
        addClassNames("ks-card", "ks-refund-approval");
        var waiting = afterSales.platformCase(caseId);
        add(new H3(getTranslation("desk.case.title", waiting.detail().caseNo())));
        add(new Anchor(AfterSalesRoutes.platformCase(caseId), getTranslation("desk.ticket.openCase")));
        if (waiting.detail().state() != CaseState.ESCALATED) {
            add(new Paragraph(getTranslation(
                    "desk.case.state", getTranslation(waiting.detail().state().messageKey()))));
            return;
        }
        approvals
                .pendingOfCase(caseId)
                .ifPresentOrElse(this::pending, () -> ask(caseId, waiting.refundableFen(), limit));
    }

    private void pending(RefundApproval approval) {
        add(new Paragraph(getTranslation(
                "desk.approval.pending",
                Formats.money(approval.amountFen(), getLocale()),
                approval.requestedBy(),
                approval.reason())));
        if (!CurrentActor.hasRole(Roles.CS_LEAD)) {
            return;
        }
        Button approve = new Button(
                getTranslation("desk.approval.approve"), click -> run(() -> approvals.approve(approval.id())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea note = new TextArea(getTranslation("desk.approval.note"));
        note.setWidthFull();
        note.setMaxLength(500);
        Button reject = new Button(
                getTranslation("desk.approval.reject"),
                click -> run(() -> approvals.reject(approval.id(), note.getValue())));
        add(approve, note, reject);
    }

    private void ask(UUID caseId, long refundableFen, PlatformRefundLimit limit) {
        add(new Paragraph(getTranslation(
                "desk.approval.limit",
                Formats.money(limit.agentLimitFen(), getLocale()),
                Formats.money(refundableFen, getLocale()))));
        if (refundableFen <= limit.agentLimitFen() || CurrentActor.hasRole(Roles.CS_LEAD)) {
            return;
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("workbench.platform.amount"));
        amount.setValue(BigDecimal.valueOf(refundableFen, 2));
        TextArea reason = new TextArea(getTranslation("workbench.platform.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button request = new Button(
                getTranslation("desk.approval.request"),
                click -> run(() -> approvals.request(
                        caseId, amount.getValue() == null ? 0 : Formats.fen(amount.getValue()), reason.getValue())));
        add(amount, reason, request);
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notices.success("desk.action.done");
            changed.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
