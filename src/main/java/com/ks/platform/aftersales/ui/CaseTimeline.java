package com.ks.platform.aftersales.ui;

import com.ks.platform.aftersales.CaseDetails;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The case's history, newest first: the state reached, who (or which automatic rule), the note and the time. */
class CaseTimeline extends Div {

    CaseTimeline(CaseDetails details) {
        addClassNames("ks-card", "ks-case-timeline");
        add(new H2(getTranslation("aftersales.timeline")));
        List<CaseDetails.Step> steps = details.timeline().reversed();
        for (CaseDetails.Step step : steps) {
            Div row = new Div();
            row.addClassName("ks-case-step");
            Span state = new Span(getTranslation(step.state().messageKey()));
            state.addClassName("ks-case-step-state");
            String who = step.ruleKey() == null
                    ? getTranslation("aftersales.actor." + step.actor().name())
                    : getTranslation("aftersales.rule." + step.ruleKey());
            Span by = new Span(who);
            by.addClassName("ks-muted");
            Span at = new Span(Formats.dateTime(step.occurredAt(), getLocale()));
            at.addClassNames("ks-muted", "ks-tabular");
            row.add(state, by, at);
            if (step.note() != null) {
                Span note = new Span(step.note());
                note.addClassName("ks-case-step-note");
                row.add(note);
            }
            add(row);
        }
    }
}
