package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.SupportSettings;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.FileAttachments;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a question or reply, its photos or PDFs, and the send button. The submit action gets the text and files;
 * a refusal is shown next to its field (or as a notice) and what was typed stays.
 */
class QuestionForm extends Div {

    interface Submit {
        void send(String text, List<byte[]> files);
    }

    private final TextArea text = new TextArea();
    private final FileAttachments files = new FileAttachments(
            "support.form.attachments",
            "support.form.attachments.count",
            SupportSettings.MAX_ATTACHMENTS,
            SupportSettings.MAX_ATTACHMENT_BYTES,
            "error.support.");
    private final Map<String, HasValidation> fields = new HashMap<>();

    QuestionForm(String labelKey, String buttonKey, Submit submit) {
        addClassName("ks-support-question");
        text.setLabel(getTranslation(labelKey));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(true);
        fields.put("text", text);
        fields.put("attachments", files);
        Button send = new Button(getTranslation(buttonKey));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("ks-support-send");
        Buttons.submitting(send, () -> {
            try {
                submit.send(text.getValue(), files.files());
                text.clear();
                files.clear();
                FieldErrors.show(Map.of(), fields);
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, fields)) {
                    Notices.error(refused);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            }
        });
        add(text, files, send);
    }

    /** Another field of the form whose server message should show beside it (e.g. the type). */
    void field(String name, HasValidation field) {
        fields.put(name, field);
    }

    TextArea text() {
        return text;
    }
}
