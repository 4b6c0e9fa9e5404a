package com.ks.platform.compliance.ui;

import com.ks.platform.merchant.ReviewDecision;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.Collectors;

/** Every decision with officer, time, reasons and the document versions seen; the full audit trail below. */
class DecisionHistory extends Div {

    DecisionHistory(List<ReviewDecision> decisions, List<AuditEntry> trail) {
        addClassName("ks-card");
        add(new H3(getTranslation("reviewHistory.title")));
        if (decisions.isEmpty()) {
            add(new Paragraph(getTranslation("history.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("ks-history");
        for (ReviewDecision decision : decisions) {
            ListItem item = new ListItem();
            item.add(new Paragraph(
                    getTranslation("decision.outcome." + decision.outcome().name()) + " · " + decision.officerLabel()
                            + " · " + Formats.dateTime(decision.decidedAt(), getLocale())));
            if (decision.reason() != null) {
                item.add(new Paragraph(getTranslation("decision.reason")
                        + getTranslation("rejection.reason." + decision.reason().name())));
            }
            if (decision.message() != null) {
                item.add(new Paragraph(decision.message()));
            }
            if (!decision.requestedKinds().isEmpty()) {
                item.add(new Paragraph(getTranslation("decision.requested")
                        + decision.requestedKinds().stream()
                                .map(kind -> getTranslation("document.kind." + kind.name()))
                                .collect(Collectors.joining("、"))));
            }
            Paragraph seen = new Paragraph(getTranslation(
                    "history.seen",
                    decision.documentsSeen().stream()
                            .map(label -> label.split(":"))
                            .map(parts -> getTranslation("document.kind." + parts[0]) + " " + parts[1])
                            .collect(Collectors.joining("、"))));
            seen.addClassName("ks-muted");
            item.add(seen);
            list.add(item);
        }
        add(list);
        UnorderedList entries = new UnorderedList();
        for (AuditEntry entry : trail) {
            entries.add(new ListItem(Formats.dateTime(entry.occurredAt(), getLocale()) + " · " + entry.actorLabel()
                    + " · " + entry.action() + (entry.reason() == null ? "" : " · " + entry.reason())));
        }
        add(new Details(getTranslation("history.trail"), entries));
    }
}
