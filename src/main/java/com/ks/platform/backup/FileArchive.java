package com.ks.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The local file storage folder as one zip in a backup, and its fingerprint (file count and one SHA-256 over every
 * path and content, in path order). Files still being uploaded ({@code .upload-*.tmp}) are left out.
 */
final class FileArchive {

    record Summary(long files, String checksum) {}

    private FileArchive() {}

    /**
     * Zips the folder; the summary describes exactly what went into the zip (files written meanwhile by uploads are in
     * it or not, consistently; a file deleted meanwhile is left out).
     */
    static Summary zip(Path root, Path zipFile) throws IOException {
        MessageDigest digest = sha256();
        long count = 0;
        try (OutputStream out = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files(root)) {
                String name = root.relativize(file).toString().replace('\\', '/');
                InputStream in;
                try {
                    in = Files.newInputStream(file);
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    continue;
                }
                try (InputStream content = new DigestInputStream(in, digest)) {
                    zip.putNextEntry(new ZipEntry(name));
                    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    content.transferTo(zip);
                    zip.closeEntry();
                }
                count++;
            }
        }
        return new Summary(count, HexFormat.of().formatHex(digest.digest()));
    }

    /** Empties the folder, then unpacks the zip into it; an entry that would land outside the folder is refused. */
    static void unzip(Path zipFile, Path root) throws IOException {
        clear(root);
        Files.createDirectories(root);
        Path normalRoot = root.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zipFile);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = normalRoot.resolve(entry.getName()).normalize();
                if (!target.startsWith(normalRoot)) {
                    throw new IOException("A backup entry points outside the storage folder: " + entry.getName());
                }
                if (!entry.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }

    static Summary summarise(Path root) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files = files(root);
        for (Path file : files) {
            digest.update(root.relativize(file)
                    .toString()
                    .replace('\\', '/')
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return new Summary(files.size(), HexFormat.of().formatHex(digest.digest()));
    }

    static void clear(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".upload-"))
                    .sorted()
                    .toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
