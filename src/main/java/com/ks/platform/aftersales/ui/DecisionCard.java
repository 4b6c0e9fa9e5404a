package com.ks.platform.aftersales.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The frame of a platform decision on a case: a heading, the note that the decision binds, the reason both parties
 * will read; a decision refused by the rules is told and leaves what was typed.
 */
abstract class DecisionCard extends Div {

    private final Runnable changed;
    final TextArea reason = new TextArea();

    DecisionCard(Runnable changed) {
        this.changed = changed;
        addClassNames("ks-card", "ks-case-actions");
        reason.setLabel(getTranslation("workbench.platform.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
    }

    /** Adds the heading, the binding note and the reason field, then the form's own fields and buttons. */
    void frame(String titleKey, Component... controls) {
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation("workbench.platform.binding")), reason);
        add(controls);
    }

    void run(Runnable command) {
        try {
            command.run();
            Notices.success("aftersales.saved");
            changed.run();
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
