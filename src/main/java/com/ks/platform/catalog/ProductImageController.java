package com.ks.platform.catalog;

import com.ks.platform.shared.FileStorage;
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
        if (!ImageFormat.isUploadKey(key)) {
            return ResponseEntity.notFound().build();
        }
        return ImageFormat.publicResponse(storage.get(ProductService.storageKey(key)));
    }
}
