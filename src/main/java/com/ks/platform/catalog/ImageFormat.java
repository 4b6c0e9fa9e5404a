package com.ks.platform.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats a merchant may upload, recognised by their first bytes (never by the file name). */
enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ImageFormat> sniff(byte[] content) {
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
