package com.ks.platform.review;

import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.shared.FileStorage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves review photos to anyone (reviews are public; keys are unguessable ids the platform chose), except those of a
 * review an officer hid. The type comes from the bytes, and the response may not be interpreted as anything but a
 * picture.
 */
@RestController
class ReviewPhotoController {

    private static final String PATH = "/media/reviews/";

    private final FileStorage storage;
    private final ReviewModeration moderation;

    ReviewPhotoController(FileStorage storage, ReviewModeration moderation) {
        this.storage = storage;
        this.moderation = moderation;
    }

    static String url(String key) {
        return PATH + key;
    }

    @GetMapping(PATH + "{key}")
    ResponseEntity<byte[]> photo(@PathVariable String key) {
        if (!ImageFormat.isUploadKey(key) || moderation.photoHidden(key)) {
            return ResponseEntity.notFound().build();
        }
        return ImageFormat.publicResponse(storage.get(ReviewService.storageKey(key)));
    }
}
