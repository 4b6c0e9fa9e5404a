package com.ks.platform.merchant;

import java.util.Optional;

/** What a file is, decided by its first bytes (magic numbers) — never by its name or the browser's claim. */
enum FileSignature {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final byte[] magic;

    FileSignature(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    static Optional<FileSignature> of(byte[] content) {
        for (FileSignature signature : values()) {
            if (content.length >= signature.magic.length && startsWith(content, signature.magic)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
