package com.ks.platform.catalog;

import com.ks.platform.shared.FileStorage;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploaded product pictures to anyone (published pictures are public; keys are unguessable ids). A key never
 * changes its bytes, so browsers and CDNs may keep a picture for a year. The type comes from the bytes, never a name.
 */
@RestController
class ProductImageController {

    private final FileStorage storage;

    ProductImageController(FileStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/media/products/{key}")
    ResponseEntity<byte[]> image(@PathVariable String key) {
        if (!ProductArt.UPLOAD_KEY.matcher(key).matches()) {
            return ResponseEntity.notFound().build();
        }
        return storage.get(ProductService.storageKey(key))
                .flatMap(bytes -> ImageFormat.sniff(bytes)
                        .map(format -> ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(format.contentType()))
                                .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                        .cachePublic()
                                        .immutable())
                                .header("X-Content-Type-Options", "nosniff")
                                .header("Content-Security-Policy", "default-src 'none'")
                                .body(bytes)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
