package com.ks.platform.review.ui;

import com.ks.platform.review.ReviewService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/** One text and one button: the buyer's 追评 and the shop's reply, each written once. */
class TextReplyForm extends Div {

    /**
     * @param field the service's field name for the text ("followUp", "reply")
     * @param send the service call; a refusal keeps the text
     */
    TextReplyForm(String labelKey, String buttonKey, String field, Consumer<String> send, Runnable sent) {
        addClassName("ks-review-text-form");
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setMaxLength(ReviewService.MAX_TEXT);
        text.setWidthFull();
        Button button = new Button(getTranslation(buttonKey));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                send.accept(text.getValue());
                Notices.success("reviews.sent");
                sent.run();
            } catch (RuleViolated refused) {
                if (!FieldErrors.show(refused, Map.of(field, text))) {
                    Notices.error(refused);
                }
            } catch (DomainException refused) {
                Notices.error(refused);
            } finally {
                button.setEnabled(true);
            }
        });
        add(text, button);
    }
}
