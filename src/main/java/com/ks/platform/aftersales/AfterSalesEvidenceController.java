package com.ks.platform.aftersales;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a case's attached files to its shopper and its merchant only; anyone else (signed out included) gets 404.
 * Never cached by shared caches; the type is the one sniffed from the bytes when stored.
 */
@RestController
class AfterSalesEvidenceController {

    private final AfterSalesQueries queries;

    AfterSalesEvidenceController(AfterSalesQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/media/after-sales/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable String id) {
        UUID evidenceId;
        try {
            evidenceId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return ResponseEntity.notFound().build();
        }
        if (com.ks.platform.shared.CurrentActor.get().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return queries.evidence(evidenceId)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'")
                        .body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
