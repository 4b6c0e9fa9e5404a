package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.MerchantViolationService;
import com.ks.platform.compliance.Violation;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The merchant's one appeal: the rule (once, by the deadline, decided by another officer) is said before sending. */
class AppealForm extends Div {

    AppealForm(MerchantViolationService violations, Violation violation, Runnable onSent) {
        addClassName("ks-card");
        Paragraph rule =
                new Paragraph(getTranslation("appeal.rule", Formats.dateTime(violation.appealDeadline(), getLocale())));
        TextArea text = new TextArea(getTranslation("appeal.text"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setMinHeight("6em");
        EvidenceUpload files = new EvidenceUpload("appeal.files");
        Button send = new Button(getTranslation("appeal.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            try {
                violations.appeal(violation.id(), text.getValue(), files.files());
                Notices.success("appeal.sent");
                onSent.run();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, Map.of("text", text))) {
                    Notices.error(refused);
                }
                String fileError = refused.fieldErrors().get("evidence");
                if (fileError != null) {
                    files.clear();
                    Notices.error(fileError);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            } finally {
                send.setEnabled(true);
            }
        });
        add(new H3(getTranslation("appeal.title")), rule, text, files, send);
    }
}
