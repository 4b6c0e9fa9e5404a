package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.ViolationService;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.RuleViolated;
import com.ks.platform.ui.FieldErrors;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;

/**
 * A second officer decides a pending appeal with a reason: grant (the penalty is lifted and the merchant restored) or
 * uphold. The officer who recorded the violation sees why they cannot decide it (four-eyes); the service refuses too.
 */
class AppealDecisionPanel extends Div {

    AppealDecisionPanel(ViolationService violations, UUID violationId, boolean ownDecision, Runnable onDecided) {
        addClassName("ks-card");
        add(new H3(getTranslation("appeal.decideTitle")));
        if (ownDecision) {
            Paragraph own = new Paragraph(getTranslation("error.appeal.sameOfficer"));
            own.addClassName("ks-warning");
            add(own);
            return;
        }
        TextArea note = new TextArea(getTranslation("appeal.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button grant = new Button(getTranslation("appeal.grant"));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button uphold = new Button(getTranslation("appeal.uphold"));
        grant.addClickListener(click -> decide(violations, violationId, true, note, onDecided));
        uphold.addClickListener(click -> decide(violations, violationId, false, note, onDecided));
        add(note, new HorizontalLayout(grant, uphold));
    }

    private static void decide(
            ViolationService violations, UUID violationId, boolean grant, TextArea note, Runnable onDecided) {
        try {
            violations.decideAppeal(violationId, grant, note.getValue());
            Notices.success(grant ? "appeal.granted" : "appeal.upheld");
            onDecided.run();
        } catch (RuleViolated refused) {
            if (!FieldErrors.show(refused, Map.of("note", note))) {
                Notices.error(refused);
            }
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }
}
