package com.ks.platform.support;

import java.util.List;
import java.util.UUID;

/**
 * A requester's question: its type, optionally one of their orders, the text and up to 5 files (photos or PDFs, checked
 * by their bytes). A question about an order with an active ticket joins that ticket.
 */
public record OpenTicket(TicketType type, UUID orderId, String text, List<byte[]> attachments) {

    public OpenTicket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
