package com.ks.platform.support.ui;

import com.ks.platform.support.TicketDetail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/** A message's file as the conversation shows it: its kind and size. */
@org.springframework.stereotype.Component
class AttachmentLinks {

    Component link(UUID ticketId, TicketDetail.Attachment file) {
        UI ui = UI.getCurrent();
        String text = ui == null
                ? file.contentType()
                : ui.getTranslation("desk.ticket.attachment", file.contentType(), Math.max(1, file.sizeBytes() / 1024));
        Span span = new Span(text);
        span.addClassName("ks-attachment");
        return span;
    }
}
