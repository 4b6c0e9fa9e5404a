package com.ks.platform.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** H2: {@code SCRIPT TO … COMPRESSION GZIP} (schema and data as SQL) and {@code RUNSCRIPT} after dropping all objects. */
final class H2Dumps implements DatabaseDumps {

    private final Path scratchRoot;

    H2Dumps(Path backupDirectory) {
        this.scratchRoot = backupDirectory.toAbsolutePath().resolve("scratch");
    }

    @Override
    public String fileName() {
        return "database.sql.gz";
    }

    @Override
    public void dump(Connection inSnapshot, DatabaseAddress database, Path file) throws Exception {
        try (Statement statement = inSnapshot.createStatement()) {
            statement.execute("SCRIPT TO " + literal(file) + " COMPRESSION GZIP");
        }
    }

    @Override
    public void restore(DatabaseAddress database, Path file) throws Exception {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP");
        }
    }

    @Override
    public void destroy(DatabaseAddress database) throws Exception {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
    }

    /** A file database in the backup folder, with the live URL's settings (null ordering, lock timeout, mode). */
    @Override
    public DatabaseAddress createScratch(DatabaseAddress live, String name) throws Exception {
        Files.createDirectories(scratchRoot);
        String settings = Arrays.stream(live.url().split(";"))
                .skip(1)
                .filter(setting -> {
                    String key = setting.split("=", 2)[0].toUpperCase(Locale.ROOT);
                    return !key.equals("DB_CLOSE_DELAY") && !key.equals("AUTO_SERVER");
                })
                .map(setting -> ";" + setting)
                .collect(Collectors.joining());
        return new DatabaseAddress(
                "jdbc:h2:file:" + scratchRoot.resolve(name) + settings, live.user(), live.password());
    }

    @Override
    public void dropScratch(DatabaseAddress live, DatabaseAddress scratch) throws Exception {
        try (Connection connection = scratch.open();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS DELETE FILES");
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
