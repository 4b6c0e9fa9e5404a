package com.ks.platform.support.ui;

import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketStatus;
import com.ks.platform.support.Urgency;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/** What happened to the ticket: who moved, assigned, escalated or merged it, when and why. */
class TicketHistory extends Details {

    TicketHistory(TicketDetail ticket) {
        setSummaryText(getTranslation("desk.ticket.history", ticket.events().size()));
        addClassName("ks-ticket-history");
        for (TicketDetail.Event event : ticket.events()) {
            String why = Reasons.text(this, event.reasons());
            String change = event.from() == null && event.to() == null
                    ? ""
                    : " " + label(event.from()) + " → " + label(event.to());
            add(new Div(Formats.dateTime(event.occurredAt(), getLocale()) + " · "
                    + (event.actorName() == null
                            ? getTranslation("desk.ticket.system")
                            : Reasons.word(this, event.actorName()))
                    + " · "
                    + getTranslation(event.kind().labelKey()) + change
                    + (why.isEmpty() ? "" : "（" + why + "）")));
        }
    }

    private String label(String value) {
        if (value == null) {
            return "—";
        }
        for (TicketStatus status : TicketStatus.values()) {
            if (status.name().equals(value)) {
                return getTranslation(status.labelKey());
            }
        }
        for (Urgency urgency : Urgency.values()) {
            if (urgency.name().equals(value)) {
                return getTranslation(urgency.labelKey());
            }
        }
        return Reasons.word(this, value);
    }
}
