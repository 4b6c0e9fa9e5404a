package com.ks.platform.support.ui;

import com.ks.platform.shared.DomainException;
import com.ks.platform.support.MyTickets;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.TicketQueries;
import com.ks.platform.support.TicketStatus;
import com.ks.platform.ui.Buttons;
import com.ks.platform.ui.Formats;
import com.ks.platform.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;

/**
 * A requester's ticket (shopper or merchant): its state, the conversation, and the one thing they can do now — reply
 * while it is open, reopen it within the window once resolved, and rate the answer once.
 */
class TicketPage extends Div {

    private final MyTickets tickets;
    private final TicketQueries queries;

    TicketPage(MyTickets tickets, TicketQueries queries) {
        this.tickets = tickets;
        this.queries = queries;
        addClassName("ks-support-ticket");
    }

    void show(TicketDetail ticket) {
        removeAll();
        var summary = ticket.summary();
        Span status = new Span(getTranslation(summary.status().labelKey()));
        status.addClassNames(
                "ks-support-status",
                "ks-support-status-" + summary.status().name().toLowerCase());
        add(new H1(summary.title()), status);
        Paragraph facts = new Paragraph(getTranslation(
                "support.ticket.facts",
                summary.ticketNo(),
                getTranslation(summary.type().labelKey()),
                Formats.dateTime(summary.createdAt(), getLocale())));
        facts.addClassName("ks-muted");
        add(facts);
        if (summary.orderNo() != null) {
            add(new Paragraph(getTranslation("support.ticket.order", summary.orderNo())));
        }
        add(new TicketConversation(ticket));
        UUID id = ticket.id();
        if (summary.status().active()) {
            add(new QuestionForm("support.ticket.reply", "support.ticket.send", (text, files) -> {
                tickets.reply(id, text, files);
                reload(id);
            }));
        } else if (ticket.reopenable()) {
            add(reopen(id));
        }
        if ((summary.status() == TicketStatus.RESOLVED || summary.status() == TicketStatus.CLOSED)) {
            add(ticket.satisfactionScore() == null ? survey(id) : rated(ticket));
        }
    }

    private Div reopen(UUID id) {
        Div box = new Div();
        box.addClassNames("ks-card", "ks-support-reopen");
        TextArea why = new TextArea(getTranslation("support.ticket.reopen.text"));
        why.setWidthFull();
        Button reopen = new Button(getTranslation("support.ticket.reopen"));
        Buttons.submitting(reopen, () -> act(() -> tickets.reopen(id, why.getValue()), id));
        box.add(new Paragraph(getTranslation("support.ticket.reopen.hint")), why, reopen);
        return box;
    }

    private Div survey(UUID id) {
        Div box = new Div();
        box.addClassNames("ks-card", "ks-support-survey");
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("support.survey.question"));
        score.setItems(List.of(1, 2, 3, 4, 5));
        score.setItemLabelGenerator(s -> getTranslation("support.survey.score." + s));
        TextArea comment = new TextArea(getTranslation("support.survey.comment"));
        comment.setWidthFull();
        comment.setMaxLength(500);
        Button send = new Button(getTranslation("support.survey.send"));
        Buttons.submitting(
                send,
                () -> act(
                        () -> tickets.rate(id, score.getValue() == null ? 0 : score.getValue(), comment.getValue()),
                        id));
        box.add(new H2(getTranslation("support.survey.title")), score, comment, send);
        return box;
    }

    private Paragraph rated(TicketDetail ticket) {
        Paragraph thanks = new Paragraph(getTranslation("support.survey.thanks", ticket.satisfactionScore()));
        thanks.addClassName("ks-muted");
        return thanks;
    }

    private void act(Runnable action, UUID id) {
        try {
            action.run();
            reload(id);
        } catch (DomainException refused) {
            Notices.error(refused);
        }
    }

    private void reload(UUID id) {
        show(queries.myTicket(id));
    }
}
