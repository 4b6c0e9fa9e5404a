package com.ks.platform.support.ui;

import com.ks.platform.support.AuthorKind;
import com.ks.platform.support.TicketDetail;
import com.ks.platform.support.Visibility;
import com.ks.platform.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The conversation, oldest first: the requester's messages, the agents' replies, and internal notes set apart (a
 * dashed amber card labelled 内部备注 — the requester never sees them); each file a link.
 */
class Conversation extends Div {

    Conversation(TicketDetail ticket, AttachmentLinks files) {
        addClassNames("ks-card", "ks-conversation");
        add(new H3(getTranslation("desk.ticket.conversation")));
        for (TicketDetail.Message message : ticket.messages()) {
            Div bubble = new Div();
            bubble.addClassName("ks-message");
            boolean note = message.visibility() == Visibility.INTERNAL;
            if (note) {
                bubble.addClassName("ks-message-note");
            } else if (message.authorKind() == AuthorKind.AGENT) {
                bubble.addClassName("ks-message-agent");
            }
            String who = message.authorName() == null
                    ? getTranslation("desk.ticket.system")
                    : Reasons.word(this, message.authorName());
            Span meta = new Span((note ? getTranslation("desk.ticket.note") + " · " : "") + who + " · "
                    + Formats.dateTime(message.createdAt(), getLocale()));
            meta.addClassName("ks-message-meta");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("ks-message-body");
            bubble.add(meta, body);
            message.attachments().forEach(file -> bubble.add(files.link(ticket.id(), file)));
            add(bubble);
        }
    }
}
