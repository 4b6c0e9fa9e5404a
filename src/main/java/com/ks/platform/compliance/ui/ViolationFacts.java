package com.ks.platform.compliance.ui;

import com.ks.platform.compliance.AppealState;
import com.ks.platform.compliance.Violation;
import com.ks.platform.compliance.ViolationDetails;
import com.ks.platform.shared.AuditEntry;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * One violation as both sides read it: what, which penalty until when, the products it concerns, the appeal and its
 * decision, and every step of its history.
 */
class ViolationFacts extends Div {

    ViolationFacts(ViolationDetails details) {
        addClassName("ks-card");
        Violation v = details.violation();
        add(new H2(getTranslation("violation.heading", v.number(), v.storeName())));
        add(badge(v));
        Div facts = new Div();
        facts.addClassName("ks-facts");
        fact(facts, "violation.type", getTranslation("violation.type." + v.typeCode()));
        fact(
                facts,
                "violation.penalty",
                getTranslation("violation.penalty." + v.penalty().name()));
        fact(
                facts,
                "violation.until",
                v.penaltyEndsAt() == null
                        ? getTranslation("violation.noEnd")
                        : Formats.dateTime(v.penaltyEndsAt(), getLocale()));
        fact(facts, "violation.decided", v.decidedBy() + " · " + Formats.dateTime(v.decidedAt(), getLocale()));
        fact(facts, "violation.appealDeadline", Formats.dateTime(v.appealDeadline(), getLocale()));
        fact(
                facts,
                "violation.appealState",
                getTranslation("violation.appeal." + v.appealState().name()));
        add(facts, new H3(getTranslation("violation.description")), new Paragraph(v.description()));
        if (!details.products().isEmpty()) {
            UnorderedList products = new UnorderedList();
            details.products().forEach(p -> products.add(new ListItem(p.title())));
            add(new H3(getTranslation("violation.products")), products);
        }
        if (v.appealState() != AppealState.NONE) {
            add(new H3(getTranslation("violation.appealText")), new Paragraph(v.appealText()));
        }
        if (v.appealDecidedAt() != null) {
            add(
                    new H3(getTranslation("violation.appealDecision")),
                    new Paragraph(v.appealDecidedBy() + " · " + Formats.dateTime(v.appealDecidedAt(), getLocale())),
                    new Paragraph(v.appealNote()));
        }
        UnorderedList history = new UnorderedList();
        history.addClassName("ks-history");
        for (AuditEntry entry : details.history()) {
            history.add(new ListItem(Formats.dateTime(entry.occurredAt(), getLocale()) + " · " + entry.actorLabel()
                    + " · " + getTranslation("violation.step." + entry.action())));
        }
        add(new H3(getTranslation("violation.history")), history);
    }

    static Span badge(Violation v) {
        Span badge = new Span(badgeText(v));
        badge.addClassNames("ks-status", "ks-status-" + tone(v));
        return badge;
    }

    private static String badgeText(Violation v) {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getTranslation("violation.state." + v.state().name());
    }

    private static String tone(Violation v) {
        return switch (v.state()) {
            case IN_FORCE -> "bad";
            case LIFTED -> "ok";
            case ENDED -> "pending";
        };
    }

    private void fact(Div list, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("ks-muted");
        list.add(label, new Span(value));
    }
}
