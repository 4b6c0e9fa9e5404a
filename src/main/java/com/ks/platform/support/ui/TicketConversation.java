package com.ks.platform.support.ui;

import com.ks.platform.support.AuthorKind;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The public conversation of a ticket, oldest first: who wrote, when, the text and a link to each file with it. */
class TicketConversation extends Div {

    TicketConversation(TicketDetail ticket) {
        addClassName("ks-support-conversation");
        for (TicketDetail.Message message : ticket.messages()) {
            Div bubble = new Div();
            bubble.addClassNames(
                    "ks-support-message",
                    message.authorKind() == AuthorKind.REQUESTER
                            ? "ks-support-message-mine"
                            : "ks-support-message-agent");
            String who = switch (message.authorKind()) {
                case REQUESTER -> getTranslation("support.ticket.you");
                case AGENT -> getTranslation("support.ticket.agent", message.authorName());
                case SYSTEM -> getTranslation("support.actor.system");
            };
            Span meta = new Span(who + " · " + Formats.dateTime(message.createdAt(), getLocale()));
            meta.addClassName("ks-muted");
            Paragraph body = new Paragraph(message.body());
            body.getStyle().set("white-space", "pre-wrap");
            bubble.add(meta, body);
            message.attachments().forEach(file -> bubble.add(AttachmentLinks.of(ticket.id(), file)));
            add(bubble);
        }
    }
}
