package com.ks.platform.catalog;

import com.ks.platform.shared.FileType;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The picture formats people may upload (product pictures, review photos), recognised by their first bytes (never by
 * the file name).
 */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * A stored public picture as a response: its type from its bytes, cacheable for a year (a key never changes its
     * bytes), and never interpreted as anything but a picture. Missing or not a picture: 404.
     */
    private static final Pattern UPLOAD_KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Whether {@code key} has the shape of an uploaded picture's key (an id the platform chose, never a file name). */
    public static boolean isUploadKey(String key) {
        return key != null && UPLOAD_KEY.matcher(key).matches();
    }

    public static ResponseEntity<byte[]> publicResponse(Optional<byte[]> stored) {
        return stored.flatMap(bytes -> sniff(bytes)
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

    public static Optional<ImageFormat> sniff(byte[] content) {
        return FileType.sniff(content).filter(FileType::image).map(type -> valueOf(type.name()));
    }
}
