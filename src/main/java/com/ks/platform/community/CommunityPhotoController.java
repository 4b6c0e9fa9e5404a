package com.ks.platform.community;

import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.shared.FileStorage;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves post photos to anyone (posts are public; keys are unguessable ids the platform chose), except those of a post
 * an admin hid. The type comes from the bytes, and the response may not be interpreted as anything but a picture.
 */
@RestController
class CommunityPhotoController {

    private static final String PATH = "/media/community/";

    private final FileStorage storage;
    private final PostRepository posts;

    CommunityPhotoController(FileStorage storage, PostRepository posts) {
        this.storage = storage;
        this.posts = posts;
    }

    static String url(String key) {
        return PATH + key;
    }

    @GetMapping(PATH + "{key}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> photo(@PathVariable String key) {
        if (!ImageFormat.isUploadKey(key) || !posts.photoVisible(key)) {
            return ResponseEntity.notFound().build();
        }
        return ImageFormat.publicResponse(storage.get(CommunityService.storageKey(key)));
    }
}
