package com.ks.platform.community.ui;

import com.ks.platform.community.CommunityModeration;
import com.ks.platform.community.ItemKind;
import com.ks.platform.community.ReportReason;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;

/** 举报 a post, comment, question or answer: one reason and, if the reader wants, a few words; an admin decides. */
class ReportDialog extends Dialog {

    ReportDialog(CommunityModeration moderation, ItemKind kind, UUID itemId) {
        setHeaderTitle(getTranslation("community.report.heading", getTranslation(kind.messageKey())));
        RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(getTranslation("community.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("community.report.note"));
        note.setMaxLength(CommunityModeration.MAX_NOTE);
        note.setWidthFull();
        add(reason, note);
        Button send = new Button(getTranslation("community.report.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            if (Actions.attempt(
                    () -> moderation.report(kind, itemId, reason.getValue(), note.getValue()),
                    Map.of("reason", reason, "note", note))) {
                Notices.success("community.report.sent");
                close();
            }
        });
        getFooter().add(new Button(getTranslation("community.cancel"), click -> close()), send);
    }

    /** A small 举报 button that opens the dialog; shown to shoppers for what others wrote. */
    static Button button(CommunityModeration moderation, ItemKind kind, UUID itemId) {
        Button report = new Button();
        report.setText(report.getTranslation("community.report"));
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        report.addClickListener(click -> new ReportDialog(moderation, kind, itemId).open());
        return report;
    }
}
