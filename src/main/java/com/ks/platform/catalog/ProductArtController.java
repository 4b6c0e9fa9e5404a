package com.ks.platform.catalog;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the drawn product pictures; anything that is not a known drawing answers 404. */
@RestController
class ProductArtController {

    @GetMapping(value = "/art/{kind}/{colour}.svg", produces = "image/svg+xml")
    ResponseEntity<String> art(
            @PathVariable String kind,
            @PathVariable String colour,
            @RequestParam(name = "t", defaultValue = "") String label) {
        if (!ProductArt.isValid(kind, colour) || label.length() > 200) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(ProductArt.svg(kind, colour, label));
    }
}
