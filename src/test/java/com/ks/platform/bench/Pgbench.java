package com.ks.platform.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench's TPC-B-like script in a database of its own on the benchmarks' PostgreSQL server (scale 10), as the
 * yardstick of what that server does per second; the database is dropped on close.
 */
final class Pgbench implements AutoCloseable {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String executable = BenchPlatform.env("PGBENCH", "pgbench");
    private final String host = BenchPlatform.env("KS_BENCH_PG_HOST", "127.0.0.1");
    private final String database = "ks_bench_pgbench_" + Long.toString(System.nanoTime(), 36);

    static Pgbench initialised() throws Exception {
        Pgbench pgbench = new Pgbench();
        BenchPlatform.createDatabase(pgbench.database);
        System.out.printf(
                "pgbench: %s%n", exec(List.of(pgbench.executable, "--version")).strip());
        exec(List.of(
                pgbench.executable,
                "-h",
                pgbench.host,
                "-U",
                BenchPlatform.PG_USER,
                "-i",
                "-q",
                "-s",
                "10",
                pgbench.database));
        return pgbench;
    }

    /** {@code pgbench -c clients -j clients -T seconds}: transactions per second without connection time. */
    double tps(int clients, int seconds) throws Exception {
        String out = exec(List.of(
                executable,
                "-h",
                host,
                "-U",
                BenchPlatform.PG_USER,
                "-c",
                String.valueOf(clients),
                "-j",
                String.valueOf(clients),
                "-T",
                String.valueOf(seconds),
                database));
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    @Override
    public void close() {
        BenchPlatform.dropDatabase(database);
    }

    private static String exec(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out = String.join("\n", reader.lines().toList());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
