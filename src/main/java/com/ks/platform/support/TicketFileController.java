package com.ks.platform.support;

import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a ticket's attached files ({@link SupportRoutes#attachment}) to those {@link TicketQueries#attachment} lets
 * read them; everyone else, signed out included, gets 404 — the same answer as for an id that does not exist. The type
 * is the one sniffed from the bytes when stored, never the uploader's claim; {@code nosniff} and a closed CSP keep the
 * browser from reading it as anything else. Images open in the tab, other files (PDF) are saved: a PDF viewer under
 * {@code default-src 'none'} would be blocked anyway.
 */
@RestController
class TicketFileController {

    private final TicketQueries queries;

    TicketFileController(TicketQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/media/support/tickets/{ticketId}/files/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable String ticketId, @PathVariable String attachmentId) {
        UUID ticket = uuid(ticketId);
        UUID attachment = uuid(attachmentId);
        if (ticket == null || attachment == null || CurrentActor.get().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        TicketQueries.Download file;
        try {
            file = queries.attachment(ticket, attachment);
        } catch (NotFound notYours) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaType.parseMediaType(file.contentType());
        String name = file.ticketNo() + "-" + attachmentId.substring(attachmentId.length() - 6) + "." + extension(type);
        ContentDisposition disposition = ("image".equals(type.getType())
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(name)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(file.bytes());
    }

    private static String extension(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return "jpeg".equals(subtype) ? "jpg" : subtype;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
