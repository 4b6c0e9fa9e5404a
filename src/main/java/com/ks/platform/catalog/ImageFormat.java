package com.ks.platform.catalog;

import com.ks.platform.shared.FileType;
import java.util.Optional;

/** The picture formats a merchant may upload, recognised by their first bytes (never by the file name). */
enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<ImageFormat> sniff(byte[] content) {
        return FileType.sniff(content).filter(FileType::image).map(type -> valueOf(type.name()));
    }
}
