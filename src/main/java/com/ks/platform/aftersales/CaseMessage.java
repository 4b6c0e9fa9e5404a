package com.ks.platform.aftersales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message of a case's conversation: who wrote it (as which party, under which name), when, and its files. */
public record CaseMessage(
        UUID id, CaseDetails.Actor author, String authorName, String text, Instant at, List<Attachment> attachments) {

    public CaseMessage {
        attachments = List.copyOf(attachments);
    }

    /** A photo or PDF sent with a message, served at {@code /media/after-sales/messages/<id>} to the case's parties. */
    public record Attachment(UUID id, String contentType) {

        public boolean image() {
            return contentType.startsWith("image/");
        }

        public String url() {
            return "/media/after-sales/messages/" + id;
        }
    }
}
