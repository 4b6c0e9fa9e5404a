package com.ks.platform.merchant.ui;

import com.ks.platform.merchant.ReviewDecision;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;

/** The last review decision as the merchant reads it: outcome, reason, the officer's words, what to add. */
class DecisionReasons extends Div {

    DecisionReasons(ReviewDecision decision) {
        addClassName("ks-decision");
        add(new H3(getTranslation("decision.outcome." + decision.outcome().name())));
        Paragraph when =
                new Paragraph(getTranslation("decision.when", Formats.dateTime(decision.decidedAt(), getLocale())));
        when.addClassName("ks-muted");
        add(when);
        if (decision.reason() != null) {
            add(new Paragraph(getTranslation("decision.reason")
                    + getTranslation("rejection.reason." + decision.reason().name())));
        }
        if (decision.message() != null) {
            add(new Paragraph(decision.message()));
        }
        if (!decision.requestedKinds().isEmpty()) {
            add(new Paragraph(getTranslation("decision.requested")
                    + decision.requestedKinds().stream()
                            .map(kind -> getTranslation("document.kind." + kind.name()))
                            .collect(Collectors.joining("、"))));
        }
    }
}
