package com.ks.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes, lists, restores and drills backups. A backup is a folder {@code <directory>/<id>/} holding the database dump,
 * {@code files.zip} and {@code manifest.properties} (every table's row count and checksum, the files' fingerprint); it
 * is written under {@code <id>.partial} and renamed when complete, so a crash never leaves a backup that looks whole.
 * Not a door for people: {@link Backups} (administrators), the schedule and the command line call it.
 */
@Component
class BackupEngine {

    private static final Logger log = LoggerFactory.getLogger(BackupEngine.class);
    private static final DateTimeFormatter IDS =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String MANIFEST = "manifest.properties";
    private static final String FILES = "files.zip";
    private static final String LAST_DRILL = "last-drill.properties";

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final BackupSite live;
    private final Clock clock;

    BackupEngine(
            DataSource dataSource,
            BackupSettings settings,
            Clock clock,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password,
            @Value("${ks.storage.kind:local}") String storageKind,
            @Value("${ks.storage.local-root:./data/files}") String storageRoot) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
        this.live = new BackupSite(
                new DatabaseAddress(url, user, password),
                "local".equals(storageKind)
                        ? Path.of(storageRoot).toAbsolutePath().normalize()
                        : null);
    }

    BackupSite live() {
        return live;
    }

    BackupSummary backUp() {
        return backUp(live);
    }

    /** Backs up a site: the live one, or a drill's scratch copy (tests). */
    BackupSummary backUp(BackupSite site) {
        DatabaseDumps dumps = DatabaseDumps.forAddress(site.database(), settings);
        Instant now = clock.instant();
        String id = IDS.format(now);
        try {
            Files.createDirectories(settings.directory());
            while (Files.exists(folder(id)) || Files.exists(settings.directory().resolve(id + ".partial"))) {
                id = IDS.format(now) + "-"
                        + HexFormat.of()
                                .toHexDigits((byte) ThreadLocalRandom.current().nextInt());
            }
            Path partial = Files.createDirectory(settings.directory().resolve(id + ".partial"));
            Properties manifest = new Properties();
            manifest.setProperty("created", now.toString());
            manifest.setProperty("engine", site.database().isPostgres() ? "postgresql" : "h2");
            manifest.setProperty("database", dumps.fileName());
            try (Connection connection =
                    site == live ? dataSource.getConnection() : site.database().open()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                Fingerprint.of(connection).writeTo(manifest);
                dumps.dump(connection, site.database(), partial.resolve(dumps.fileName()));
                connection.commit();
            }
            if (site.filesRoot() != null) {
                FileArchive.Summary files = FileArchive.zip(site.filesRoot(), partial.resolve(FILES));
                manifest.setProperty("files.count", Long.toString(files.files()));
                manifest.setProperty("files.checksum", files.checksum());
            }
            try (OutputStream out = Files.newOutputStream(partial.resolve(MANIFEST))) {
                manifest.store(out, "Ks Order Platform backup");
            }
            Files.move(partial, folder(id), StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup {} written", id);
            return summary(folder(id)).orElseThrow();
        } catch (Exception failure) {
            throw new IllegalStateException("Backup failed: " + failure.getMessage(), failure);
        }
    }

    /** Complete backups, newest first. */
    List<BackupSummary> list() {
        if (!Files.isDirectory(settings.directory())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(settings.directory())) {
            return folders.filter(Files::isDirectory)
                    .map(this::summary)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupSummary::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the site's database and files with the backup's, then compares them with what the backup recorded.
     * @return the tables (and "files") that differ after the restore; empty when it is exact
     */
    List<String> restore(BackupSite site, String backupId) {
        Path folder = existing(backupId);
        Properties manifest = manifest(folder);
        DatabaseDumps dumps = DatabaseDumps.forAddress(site.database(), settings);
        try {
            dumps.restore(site.database(), folder.resolve(manifest.getProperty("database")));
            if (site.filesRoot() != null && Files.exists(folder.resolve(FILES))) {
                FileArchive.unzip(folder.resolve(FILES), site.filesRoot());
            }
            return compare(site, manifest);
        } catch (Exception failure) {
            throw new IllegalStateException("Restore of " + backupId + " failed: " + failure.getMessage(), failure);
        }
    }

    /**
     * The restore drill: the backup restored into a scratch database and folder beside the live ones (never over
     * them), compared table by table with its manifest, then the scratch copies dropped. The result is kept as the
     * last drill's.
     */
    DrillResult drill(String backupId) {
        Instant started = clock.instant();
        DatabaseDumps dumps = DatabaseDumps.forAddress(live.database(), settings);
        String scratchName = "ks_drill_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        DatabaseAddress scratch = null;
        Path scratchFiles = null;
        DrillResult result;
        Properties manifest = manifest(existing(backupId));
        try {
            scratch = dumps.createScratch(live.database(), scratchName);
            scratchFiles = live.filesRoot() == null ? null : Files.createTempDirectory(scratchName);
            List<String> differences = restore(new BackupSite(scratch, scratchFiles), backupId);
            Fingerprint expected = Fingerprint.readFrom(manifest);
            result = new DrillResult(
                    backupId,
                    started,
                    clock.millis() - started.toEpochMilli(),
                    expected.tables().size(),
                    expected.totalRows(),
                    differences,
                    null);
        } catch (Exception failure) {
            log.warn("Restore drill of {} failed", backupId, failure);
            result = new DrillResult(
                    backupId,
                    started,
                    clock.millis() - started.toEpochMilli(),
                    0,
                    0,
                    List.of(),
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
        } finally {
            cleanUp(dumps, scratch, scratchFiles);
        }
        remember(result);
        return result;
    }

    Optional<DrillResult> lastDrill() {
        Path file = settings.directory().resolve(LAST_DRILL);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = load(file);
        String differences = p.getProperty("differences", "");
        return Optional.of(new DrillResult(
                p.getProperty("backup"),
                Instant.parse(p.getProperty("ranAt")),
                Long.parseLong(p.getProperty("tookMillis")),
                Integer.parseInt(p.getProperty("tables")),
                Long.parseLong(p.getProperty("rows")),
                differences.isEmpty() ? List.of() : List.of(differences.split(",")),
                p.getProperty("failure")));
    }

    /**
     * Retention: at most {@code keepCopies} backups and none older than {@code keepFor}; the newest is always kept.
     * @return the ids deleted
     */
    List<String> applyRetention() {
        List<BackupSummary> all = list();
        Instant oldest = clock.instant().minus(settings.keepFor());
        List<String> deleted = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            BackupSummary backup = all.get(i);
            if (i >= settings.keepCopies() || backup.createdAt().isBefore(oldest)) {
                try {
                    FileArchive.clear(folder(backup.id()));
                    Files.delete(folder(backup.id()));
                    deleted.add(backup.id());
                } catch (IOException e) {
                    log.warn("Old backup {} could not be deleted: {}", backup.id(), e.getMessage());
                }
            }
        }
        return deleted;
    }

    private List<String> compare(BackupSite site, Properties manifest) throws Exception {
        List<String> differences;
        try (Connection connection = site.database().open()) {
            differences = new ArrayList<>(Fingerprint.readFrom(manifest).differencesFrom(Fingerprint.of(connection)));
        }
        if (site.filesRoot() != null && manifest.getProperty("files.count") != null) {
            FileArchive.Summary files = FileArchive.summarise(site.filesRoot());
            if (files.files() != Long.parseLong(manifest.getProperty("files.count"))
                    || !files.checksum().equals(manifest.getProperty("files.checksum"))) {
                differences.add("files");
            }
        }
        return differences;
    }

    private void cleanUp(DatabaseDumps dumps, DatabaseAddress scratch, Path scratchFiles) {
        try {
            if (scratch != null) {
                dumps.dropScratch(live.database(), scratch);
            }
            if (scratchFiles != null) {
                FileArchive.clear(scratchFiles);
                Files.deleteIfExists(scratchFiles);
            }
        } catch (Exception e) {
            log.warn("A drill's scratch copy was not removed: {}", e.getMessage());
        }
    }

    private void remember(DrillResult result) {
        Properties p = new Properties();
        p.setProperty("backup", result.backupId());
        p.setProperty("ranAt", result.ranAt().toString());
        p.setProperty("tookMillis", Long.toString(result.tookMillis()));
        p.setProperty("tables", Integer.toString(result.tablesCompared()));
        p.setProperty("rows", Long.toString(result.rowsCompared()));
        p.setProperty("differences", String.join(",", result.differences()));
        if (result.failure() != null) {
            p.setProperty("failure", result.failure());
        }
        try {
            Files.createDirectories(settings.directory());
            Path temporary = Files.createTempFile(settings.directory(), ".drill-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                p.store(out, "Last restore drill");
            }
            Files.move(
                    temporary,
                    settings.directory().resolve(LAST_DRILL),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<BackupSummary> summary(Path folder) {
        Path manifestFile = folder.resolve(MANIFEST);
        if (folder.getFileName().toString().endsWith(".partial") || !Files.exists(manifestFile)) {
            return Optional.empty();
        }
        Properties manifest = load(manifestFile);
        Fingerprint fingerprint = Fingerprint.readFrom(manifest);
        long size;
        try (Stream<Path> files = Files.walk(folder)) {
            size = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new BackupSummary(
                folder.getFileName().toString(),
                Instant.parse(manifest.getProperty("created")),
                manifest.getProperty("engine"),
                fingerprint.tables().size(),
                fingerprint.totalRows(),
                Long.parseLong(manifest.getProperty("files.count", "0")),
                size));
    }

    private Path existing(String backupId) {
        if (backupId == null || !backupId.matches("[0-9TZ-]{16,40}|[0-9a-fTZ-]{16,40}")) {
            throw new IllegalArgumentException("Not a backup id: " + backupId);
        }
        Path folder = folder(backupId);
        if (!Files.exists(folder.resolve(MANIFEST))) {
            throw new IllegalArgumentException("No complete backup " + backupId + " in " + settings.directory());
        }
        return folder;
    }

    private Path folder(String id) {
        return settings.directory().resolve(id);
    }

    private static Properties manifest(Path folder) {
        return load(folder.resolve(MANIFEST));
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
