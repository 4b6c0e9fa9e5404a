package com.ks.platform;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser suite runs in two JVMs at once (the e2e profile's forkCount), each with its own application. In memory
 * H2 is private to each JVM already; on PostgreSQL each JVM gets a database of its own beside the run's
 * ({@code <database>_j<process id>}, created here and dropped by .ci/run), so the two never seed or change the same
 * demo data.
 */
final class ForkDatabase {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)");

    private ForkDatabase() {}

    static Optional<String> url() {
        String url = System.getenv("KS_DB_URL");
        if (!Boolean.getBoolean("ks.test.own-database") || url == null) {
            return Optional.empty();
        }
        Matcher postgres = POSTGRES_URL.matcher(url);
        if (!postgres.matches()) {
            return Optional.empty();
        }
        String database = postgres.group(2) + "_j" + ProcessHandle.current().pid();
        create(url, database);
        return Optional.of(postgres.group(1) + database + postgres.group(3));
    }

    private static void create(String runUrl, String database) {
        String user = Objects.requireNonNullElse(System.getenv("KS_DB_USER"), "postgres");
        String password = Objects.requireNonNullElse(System.getenv("KS_DB_PASSWORD"), "");
        try (var connection = DriverManager.getConnection(runUrl, user, password);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    // the name is the run's database name (checked by the pattern) and the process id
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database " + database + " for this test JVM", e);
        }
    }
}
