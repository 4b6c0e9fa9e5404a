package com.ks.platform.privacy.ui;

import com.ks.platform.privacy.AccountClosures;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 注销账户 (PIPL art. 47): what closing means, why it cannot happen yet, or — once asked — until when it can be
 * cancelled. Closing signs the person out; signing in again within the grace period cancels it.
 */
class ClosureCard extends Div {

    private final AccountClosures closures;
    private final Runnable signOut;

    ClosureCard(AccountClosures closures, Runnable signOut) {
        this.closures = closures;
        this.signOut = signOut;
        addClassName("ks-card");
        setId("privacy-closure");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("pipl.closure.title")));
        Optional<Instant> pending = closures.myPendingClosure();
        if (pending.isPresent()) {
            add(new Paragraph(getTranslation("pipl.closure.pending", Formats.dateTime(pending.get(), getLocale()))));
            Button keep = new Button(getTranslation("pipl.closure.cancel"), click -> {
                closures.cancelMine();
                Notices.success("pipl.closure.cancelled");
                render();
            });
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(keep);
            return;
        }
        add(new Paragraph(getTranslation("pipl.closure.explain")));
        List<String> refusals = closures.myRefusals();
        if (!refusals.isEmpty()) {
            Paragraph why = new Paragraph(getTranslation("pipl.closure.notYet"));
            why.addClassName("ks-warning");
            UnorderedList reasons = new UnorderedList();
            refusals.forEach(key -> reasons.add(new ListItem(getTranslation(key))));
            add(why, reasons);
            return;
        }
        Button close = new Button(getTranslation("pipl.closure.start"), click -> confirm());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(close);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("pipl.closure.confirmTitle"));
        dialog.setText(getTranslation("pipl.closure.confirmText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("pipl.closure.keep"));
        dialog.setConfirmText(getTranslation("pipl.closure.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                Instant eraseAfter = closures.closeMine();
                Notices.success("pipl.closure.requested", Formats.dateTime(eraseAfter, getLocale()));
                signOut.run();
            } catch (RuleViolated refused) {
                Notices.error(refused);
                render();
            }
        });
        dialog.open();
    }
}
