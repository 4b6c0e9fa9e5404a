package com.ks.platform.shared;

/** A person's file name, only for display and downloads: never used as a storage key. */
public final class FileNames {

    private static final int MAX = 200;

    private FileNames() {}

    /** The last path segment, printable, at most 200 characters; {@code fallback} when nothing is left. */
    public static String safe(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > MAX ? name.substring(name.length() - MAX) : name;
    }
}
