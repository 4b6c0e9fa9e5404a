package com.ks.platform.review.ui;

import com.ks.platform.review.ReportReason;
import com.ks.platform.review.ReviewModeration;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;

/** 举报: why (one reason) and, if the reader wants, a few words; an officer decides. */
class ReportReviewDialog extends Dialog {

    ReportReviewDialog(ReviewModeration moderation, UUID reviewId, Runnable reported) {
        setHeaderTitle(getTranslation("reviewReport.heading"));
        RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(getTranslation("reviewReport.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("reviewReport.note"));
        note.setMaxLength(ReviewModeration.MAX_NOTE);
        note.setWidthFull();
        add(reason, note);
        Button send = new Button(getTranslation("reviewReport.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                moderation.report(reviewId, reason.getValue(), note.getValue());
                Notices.success("reviewReport.sent");
                close();
                reported.run();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, Map.of("reason", reason, "note", note))) {
                    Notices.error(refused);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        Button cancel = new Button(getTranslation("reviewReport.cancel"), click -> close());
        getFooter().add(cancel, send);
    }
}
