package com.ks.platform.catalog;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
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

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= 3
                && (content[0] & 0xff) == 0xff
                && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (content.length >= PNG_MAGIC.length && Arrays.equals(Arrays.copyOf(content, PNG_MAGIC.length), PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] content, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (content[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
