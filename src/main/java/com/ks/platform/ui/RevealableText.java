package com.ks.platform.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;

/**
 * A shopper's personal data as staff see it: masked (138****1234, 张*), with a "显示" action that asks why and then shows
 * the whole value. The reveal function is a service call that checks access, audits the reason and returns the value;
 * only its answer reaches the browser, the masked text before it.
 */
public class RevealableText extends Span {

    private final Span text;

    public RevealableText(String masked, Function<String, String> reveal) {
        addClassName("ks-revealable");
        text = new Span(masked);
        Button show = new Button(getTranslation("personalData.reveal"));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        show.getElement().setAttribute("aria-label", getTranslation("personalData.revealLabel", masked));
        show.addClickListener(click -> new ReasonDialog(reveal, whole -> {
                    text.setText(whole);
                    show.setVisible(false);
                })
                .open());
        add(text, new Span(" "), show);
    }

    public String shownText() {
        return text.getText();
    }

    private static final class ReasonDialog extends Dialog {

        ReasonDialog(Function<String, String> reveal, java.util.function.Consumer<String> shown) {
            setHeaderTitle(getTranslation("personalData.revealTitle"));
            TextArea reason = new TextArea(getTranslation("personalData.revealReason"));
            reason.setHelperText(getTranslation("personalData.revealHelper"));
            reason.setMaxLength(200);
            reason.setWidthFull();
            add(reason);
            Button confirm = new Button(getTranslation("personalData.revealConfirm"), click -> {
                try {
                    shown.accept(reveal.apply(reason.getValue()));
                    close();
                } catch (RuleViolated refused) {
                    reason.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                    reason.setInvalid(true);
                } catch (DomainException refused) {
                    Notices.error(refused);
                    close();
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("personalData.revealCancel"), click -> close()), confirm);
            setWidth("min(30em, 96vw)");
        }
    }
}
