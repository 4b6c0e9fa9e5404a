package com.ks.platform.support.ui;

import com.ks.platform.support.SupportRoutes;
import com.ks.platform.support.TicketDetail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/** A message's file as the conversation shows it: a link to the file, named by its kind and size. */
@org.springframework.stereotype.Component
class AttachmentLinks {

    Component link(java.util.UUID ticketId, TicketDetail.Attachment file) {
        return of(ticketId, file);
    }

    static Component of(java.util.UUID ticketId, TicketDetail.Attachment file) {
        UI ui = UI.getCurrent();
        String text = ui == null
                ? file.contentType()
                : ui.getTranslation("desk.ticket.attachment", file.contentType(), Math.max(1, file.sizeBytes() / 1024));
        // a plain link outside the router: the browser fetches the file (with the session's cookie) in a new tab
        Anchor anchor = new Anchor(SupportRoutes.attachment(ticketId, file.id()), text, AnchorTarget.BLANK);
        anchor.setRouterIgnore(true);
        anchor.addClassName("ks-attachment");
        return anchor;
    }
}
