package com.ks.platform.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the fault runs' own: initdb into a temporary folder as user postgres, on a free loopback
 * port. Only this cluster is ever stopped or restarted — never the shared one on 5432.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static PrivatePostgres start() throws Exception {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("ks-faults-pg-");
        run("chown", "postgres", dir.toString());
        int port = freePort();
        PrivatePostgres pg = new PrivatePostgres(bin, dir, port);
        pg.asPostgres(
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync");
        Files.writeString(
                dir.resolve("data/postgresql.auto.conf"),
                "listen_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = '" + dir
                        + "'\nfsync = on\nmax_connections = 60\n");
        pg.startServer();
        try (Connection c = pg.connect("postgres")) {
            c.createStatement().execute("CREATE DATABASE ks");
        }
        return pg;
    }

    /** The newest PostgreSQL installed under /usr/lib/postgresql. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL under /usr/lib/postgresql/*/bin"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/ks";
    }

    Connection connect() throws SQLException {
        return connect("ks");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    void startServer() throws Exception {
        pgCtl("start", "-w", "-t", "60", "-l", dir.resolve("server.log").toString());
    }

    /** Whether the server runs (a scenario that failed may have left it stopped). */
    private boolean running() throws Exception {
        Process status = new ProcessBuilder(
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "status")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return status.waitFor(30, TimeUnit.SECONDS) && status.exitValue() == 0;
    }

    /** A fast stop: sessions are ended, open transactions rolled back — what a failover or a restart does. */
    void stopServer() throws Exception {
        pgCtl("stop", "-w", "-m", "fast");
    }

    private void pgCtl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString()));
        command.addAll(List.of(arguments));
        asPostgres(command.toArray(String[]::new));
    }

    private void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (running()) {
                pgCtl("stop", "-w", "-m", "immediate");
            }
        } finally {
            run("rm", "-rf", dir.toString());
        }
    }
}
