package com.ks.platform.support.ui;

import com.ks.platform.support.Reason;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;

/**
 * The ticket at a glance: number, title, status, urgency and type, the SLA countdown with both due times, and why it is
 * as urgent as it is and why it went where it went.
 */
class TicketHeader extends Div {

    TicketHeader(TicketDetail ticket, Instant now) {
        addClassNames("ks-card", "ks-ticket-header");
        var s = ticket.summary();
        H2 title = new H2(s.ticketNo() + " · " + s.title());
        Div facts = new Div(
                badge(getTranslation(s.status().labelKey())),
                badge(getTranslation(s.urgency().labelKey())),
                badge(getTranslation(s.type().labelKey())),
                SlaCountdown.of(this, s.status(), s.slaDue(), now));
        facts.addClassName("ks-badges");
        add(title, facts);
        add(line(
                "desk.ticket.due",
                Formats.dateTime(ticket.firstResponseDue(), getLocale()),
                Formats.dateTime(ticket.resolutionDue(), getLocale())));
        add(line("desk.ticket.requester", s.requesterName(), s.orderNo() == null ? "—" : s.orderNo()));
        if (!ticket.routingReasons().isEmpty()) {
            add(line("desk.ticket.routing", reasons(ticket.routingReasons())));
        }
        if (!ticket.urgencyReasons().isEmpty()) {
            add(line("desk.ticket.urgencyWhy", reasons(ticket.urgencyReasons())));
        }
    }

    String reasons(List<Reason> reasons) {
        return Reasons.text(this, reasons);
    }

    private Div line(String key, Object... args) {
        Div line = new Div(new Span(getTranslation(key, args)));
        line.addClassName("ks-ticket-fact");
        return line;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("ks-badge");
        return badge;
    }
}
