package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.Tickets;
import com.ks.platform.support.macros.Macro;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writing to the requester: a macro picked from 快捷回复 is filled in for this ticket and put into the reply, where the
 * agent can still edit it; then send (Ctrl+Enter), keep it as an internal note, ask for information (the SLA pauses)
 * or resolve with it as the last answer.
 */
class ReplyComposer extends Div {

    private final TextArea text = new TextArea();
    private final Runnable changed;

    ReplyComposer(TicketDetail ticket, Macros macros, Tickets tickets, Runnable changed) {
        this.changed = changed;
        addClassNames("ks-card", "ks-reply");
        MacroLanguage language =
                MacroLanguage.of(Locale.forLanguageTag(ticket.language() == null ? "zh" : ticket.language()));
        ComboBox<Macro> macro = new ComboBox<>(getTranslation("desk.reply.macro"));
        List<Macro> all = macros.all().stream()
                .sorted(Comparator.comparing((Macro m) -> m.language() != language)
                        .thenComparing(Macro::title))
                .toList();
        macro.setItems(all);
        macro.setItemLabelGenerator(
                m -> m.title() + "（" + getTranslation(m.language().messageKey()) + "）");
        macro.setWidth("20em");
        macro.addValueChangeListener(pick -> {
            if (pick.getValue() == null) {
                return;
            }
            String rendered = macros.renderFor(pick.getValue().id(), ticket.id());
            text.setValue(text.getValue().isBlank() ? rendered : text.getValue() + "\n" + rendered);
            macro.clear();
            text.focus();
        });
        macro.addFocusShortcut(Key.KEY_M, KeyModifier.ALT);
        text.setLabel(getTranslation("desk.reply.text"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(2000);
        Button send = button("desk.reply.send", body -> tickets.reply(ticket.id(), body, List.of()), true);
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button note = button("desk.reply.note", body -> tickets.addNote(ticket.id(), body, List.of()), false);
        note.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        Button ask = button("desk.reply.ask", body -> tickets.askForInformation(ticket.id(), body), false);
        ask.addClickShortcut(Key.KEY_I, KeyModifier.ALT);
        Button resolve = button("desk.reply.resolve", body -> tickets.resolve(ticket.id(), body), false);
        resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        resolve.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        HorizontalLayout buttons = new HorizontalLayout(send, note, ask, resolve);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(macro, text, buttons);
    }

    private Button button(String key, Consumer<String> action, boolean primary) {
        Button button = new Button(getTranslation(key));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                action.accept(text.getValue());
                text.clear();
                Notices.success(key + ".done");
                changed.run();
            } catch (RuleViolated refused) {
                text.setErrorMessage(getTranslation(refused.fieldErrors().getOrDefault("text", refused.messageKey())));
                text.setInvalid(true);
            } catch (DomainException refused) {
                Notices.error(refused);
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
