package com.ks.platform.aftersales;

import com.ks.platform.aftersales.AfterSalesQueries.EvidenceFile;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a case's attached files (evidence, and files sent in its conversation) to the case's parties only; anyone else
 * (signed out included) gets 404. Never cached by shared caches; the type is the one sniffed from the bytes when
 * stored.
 */
@RestController
class AfterSalesEvidenceController {

    private final AfterSalesQueries queries;
    private final CaseConversation conversation;

    AfterSalesEvidenceController(AfterSalesQueries queries, CaseConversation conversation) {
        this.queries = queries;
        this.conversation = conversation;
    }

    @GetMapping("/media/after-sales/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable String id) {
        return serve(id, queries::evidence);
    }

    @GetMapping("/media/after-sales/messages/{id}")
    ResponseEntity<byte[]> messageFile(@PathVariable String id) {
        return serve(id, conversation::attachment);
    }

    private static ResponseEntity<byte[]> serve(String id, Function<UUID, Optional<EvidenceFile>> find) {
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return ResponseEntity.notFound().build();
        }
        if (com.ks.platform.shared.CurrentActor.get().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return find.apply(fileId)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'")
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
