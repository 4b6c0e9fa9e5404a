package com.ks.platform.identity.ui;

import com.ks.platform.identity.PasskeySummary;
import com.ks.platform.identity.Passkeys;
import com.ks.platform.shared.NotFound;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.ks.platform.ui.PasskeyCeremony;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** 通行密钥: the person's passkeys, a new one added in the browser, one removed after a confirmation. */
class PasskeysCard extends Div {

    private final Passkeys passkeys;
    private final Div list = new Div();

    PasskeysCard(Passkeys passkeys) {
        this.passkeys = passkeys;
        setId("security-passkeys");
        addClassName("ks-security-section");
        Paragraph intro = new Paragraph(getTranslation("mfa.passkey.intro"));
        intro.addClassName("ks-muted");
        TextField label = new TextField(getTranslation("mfa.passkey.label"));
        label.setId("passkey-label");
        label.setValue(getTranslation("mfa.passkey.defaultLabel"));
        label.setMaxLength(64);
        Button add = new Button(getTranslation("mfa.passkey.add"));
        add.setId("passkey-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        PasskeyCeremony.bindRegister(add, label, this::registered);
        list.setId("passkey-list");
        add(new H3(getTranslation("mfa.passkey.title")), intro, list, label, add);
        refresh();
    }

    private void registered(String outcome) {
        switch (outcome) {
            case "ok" -> {
                Notices.success("mfa.passkey.added");
                refresh();
            }
            case "cancelled" -> Notices.info("mfa.passkey.cancelled");
            default -> Notices.error("mfa.passkey.failed");
        }
    }

    private void refresh() {
        list.removeAll();
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("mfa.passkey.none")));
        }
        for (PasskeySummary passkey : mine) {
            Span name = new Span(passkey.label());
            name.addClassName("ks-passkey-name");
            Span dates = new Span(getTranslation(
                    "mfa.passkey.dates",
                    Formats.dateTime(passkey.createdAt(), getLocale()),
                    Formats.dateTime(passkey.lastUsedAt(), getLocale())));
            dates.addClassName("ks-muted");
            Button remove = new Button(getTranslation("mfa.passkey.remove"), click -> confirmRemoval(passkey));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("mfa.passkey.removeNamed", passkey.label()));
            Div row = new Div(name, dates, remove);
            row.addClassName("ks-passkey-row");
            list.add(row);
        }
    }

    private void confirmRemoval(PasskeySummary passkey) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("mfa.passkey.removeTitle"));
        dialog.setText(getTranslation("mfa.passkey.removeText", passkey.label()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("mfa.passkey.keep"));
        dialog.setConfirmText(getTranslation("mfa.passkey.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                passkeys.remove(passkey.credentialId());
                Notices.success("mfa.passkey.removed");
            } catch (NotFound gone) {
                Notices.error(gone);
            }
            refresh();
        });
        dialog.open();
    }
}
