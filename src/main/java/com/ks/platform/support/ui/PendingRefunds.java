package com.ks.platform.support.ui;

import com.ks.platform.aftersales.AfterSalesRoutes;
import com.ks.platform.aftersales.RefundApproval;
import com.ks.platform.aftersales.RefundApprovals;
import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A lead's list of agents' refunds above their limit: each case, amount, who asked and why; approve or turn down. */
public class PendingRefunds extends Div {

    private final RefundApprovals approvals;

    public PendingRefunds(RefundApprovals approvals) {
        this.approvals = approvals;
        addClassNames("ks-card", "ks-pending-refunds");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("desk.approval.waiting")));
        var waiting = approvals.waiting();
        if (waiting.isEmpty()) {
            add(new Span(getTranslation("desk.context.none")));
        }
        waiting.forEach(this::row);
    }

    private void row(RefundApproval approval) {
        Button approve = new Button(
                getTranslation("desk.approval.approve"), click -> run(() -> approvals.approve(approval.id())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button(
                getTranslation("desk.approval.reject"),
                click -> new ReasonDialog(
                                "desk.approval.reject", why -> approvals.reject(approval.id(), why), this::show)
                        .open());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(
                new Anchor(AfterSalesRoutes.platformCase(approval.caseId()), approval.caseNo()),
                new Span(" "
                        + getTranslation(
                                "desk.approval.pending",
                                Formats.money(approval.amountFen(), getLocale()),
                                approval.requestedBy(),
                                approval.reason())
                        + " "),
                approve,
                reject);
        row.addClassName("ks-pending-refund");
        add(row);
    }

    private void run(Runnable command) {
        try {
            command.run();
            Notices.success("desk.action.done");
        } catch (DomainException refused) {
            Notices.error(refused);
        }
        show();
    }
}
