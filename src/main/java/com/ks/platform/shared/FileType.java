package com.ks.platform.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an uploaded file is, decided by its first bytes (magic numbers) — never by its name or the browser's claim. */
public enum FileType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean image() {
        return this != PDF;
    }

    public static Optional<FileType> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (content.length >= 3
                && (content[0] & 0xff) == 0xff
                && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Checks uploaded files for a command: at most {@code maxFiles}, each non-empty, at most {@code maxBytes} and a PDF,
     * JPEG, PNG or WebP by its bytes (a renamed file is refused). A refusal names {@code field}, with the message keys
     * {@code <keyPrefix>tooManyFiles}, {@code fileTooLarge} and {@code fileType} (the prefix ends with a dot).
     */
    public static List<FileType> checkAll(
            List<byte[]> files, int maxFiles, int maxBytes, String field, String keyPrefix) {
        if (files.size() > maxFiles) {
            throw new RuleViolated(Map.of(field, keyPrefix + "tooManyFiles"));
        }
        List<FileType> types = new ArrayList<>();
        for (byte[] content : files) {
            if (content == null || content.length == 0 || content.length > maxBytes) {
                throw new RuleViolated(Map.of(field, keyPrefix + "fileTooLarge"));
            }
            types.add(sniff(content).orElseThrow(() -> new RuleViolated(Map.of(field, keyPrefix + "fileType"))));
        }
        return types;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
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
