package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.support.macros.Macro;
import com.ks.platform.support.macros.MacroLanguage;
import com.ks.platform.support.macros.MacroPlaceholder;
import com.ks.platform.support.macros.Macros;
import com.ks.platform.support.macros.SaveMacro;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One macro being written: title, language, body with the placeholders it may use listed beside it. */
class MacroForm extends Div {

    private final Macros macros;
    private final Runnable saved;
    private final H3 heading = new H3();
    private final TextField title = new TextField();
    private final Select<MacroLanguage> language = new Select<>();
    private final TextArea body = new TextArea();
    private final Paragraph placeholders = new Paragraph();
    private final Button delete = new Button();
    private UUID editing;

    MacroForm(Macros macros, Runnable saved) {
        this.macros = macros;
        this.saved = saved;
        addClassNames("ks-card", "ks-macro-form");
        title.setLabel(getTranslation("desk.macro.title"));
        title.setMaxLength(Macros.MAX_TITLE);
        title.setWidthFull();
        language.setLabel(getTranslation("desk.macro.language"));
        language.setItems(MacroLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        language.addValueChangeListener(change -> showPlaceholders());
        body.setLabel(getTranslation("desk.macro.body"));
        body.setMaxLength(Macros.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("12em");
        placeholders.addClassName("ks-hint");
        Button save = Buttons.submitting(new Button(getTranslation("desk.macro.save")), this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("desk.macro.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> delete());
        add(heading, title, language, body, placeholders, new HorizontalLayout(save, delete));
        edit(null);
    }

    /** Shows {@code macro} for editing, or an empty form for a new one. */
    void edit(Macro macro) {
        editing = macro == null ? null : macro.id();
        heading.setText(getTranslation(macro == null ? "desk.macro.new" : "desk.macro.edit"));
        title.setValue(macro == null ? "" : macro.title());
        language.setValue(macro == null ? MacroLanguage.of(getLocale()) : macro.language());
        body.setValue(macro == null ? "" : macro.body());
        delete.setVisible(macro != null);
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private void showPlaceholders() {
        MacroLanguage shown = language.getValue() == null ? MacroLanguage.ZH : language.getValue();
        String tokens = Arrays.stream(MacroPlaceholder.values())
                .map(p -> p.token(shown) + " " + getTranslation("desk.placeholder." + p.name()))
                .collect(Collectors.joining(" · "));
        placeholders.setText(getTranslation("desk.macro.placeholders", tokens));
    }

    private void save() {
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            macros.save(new SaveMacro(editing, title.getValue(), language.getValue(), body.getValue()));
            Notices.success("desk.macro.saved");
            edit(null);
            saved.run();
        } catch (RuleViolated refused) {
            if (refused.fieldErrors().isEmpty()) {
                // an unknown placeholder is the body's fault: say so next to it, naming the placeholders
                body.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                body.setInvalid(true);
            } else {
                FieldErrors.show(refused, fields());
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private void delete() {
        try {
            macros.delete(editing);
            Notices.success("desk.macro.deleted");
            edit(null);
            saved.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("title", title, "language", language, "body", body);
    }
}
