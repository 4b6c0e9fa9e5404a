package com.ks.platform.backup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL: {@code pg_dump -Fc} and {@code pg_restore} as processes (the client programs of the server's major
 * version). The dump reads the snapshot the caller's transaction exported, so it holds exactly what the fingerprint
 * counted; a restore runs in one transaction ({@code --single-transaction --exit-on-error}): all or nothing.
 */
final class PostgresDumps implements DatabaseDumps {

    private static final long TIMEOUT_HOURS = 6;

    private final String pgDump;
    private final String pgRestore;

    PostgresDumps(String pgDump, String pgRestore) {
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
    }

    @Override
    public String fileName() {
        return "database.dump";
    }

    @Override
    public void dump(Connection inSnapshot, DatabaseAddress database, Path file) throws Exception {
        String snapshot;
        try (Statement statement = inSnapshot.createStatement();
                ResultSet rs = statement.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        List<String> command = new ArrayList<>(List.of(
                pgDump, "-Fc", "--no-owner", "--no-privileges", "--snapshot=" + snapshot, "-f", file.toString()));
        run(command, database);
    }

    @Override
    public void restore(DatabaseAddress database, Path file) throws Exception {
        run(
                new ArrayList<>(List.of(
                        pgRestore,
                        "--clean",
                        "--if-exists",
                        "--no-owner",
                        "--no-privileges",
                        "--single-transaction",
                        "--exit-on-error",
                        file.toString())),
                database);
    }

    @Override
    public void destroy(DatabaseAddress database) throws Exception {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }

    @Override
    public DatabaseAddress createScratch(DatabaseAddress live, String name) throws Exception {
        try (Connection connection = live.open();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = live.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String scratchUrl =
                base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
        return new DatabaseAddress(scratchUrl, live.user(), live.password());
    }

    @Override
    public void dropScratch(DatabaseAddress live, DatabaseAddress scratch) throws Exception {
        String name = databaseName(scratch);
        try (Connection connection = live.open();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void run(List<String> command, DatabaseAddress database) throws Exception {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        command.add(1, "--dbname=" + databaseName(database));
        command.add(1, "--host=" + (uri.getHost() == null ? "localhost" : uri.getHost()));
        command.add(1, "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
        command.add(1, "--username=" + database.user());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the password through the environment, never on the command line (ps would show it)
        builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.getFirst() + " did not finish in " + TIMEOUT_HOURS + " hours");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed (" + process.exitValue() + "): "
                    + output.substring(0, Math.min(2000, output.length())));
        }
    }

    private static String databaseName(DatabaseAddress database) {
        String url = database.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(base.lastIndexOf('/') + 1);
    }
}
