package com.ks.platform.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a separate JVM, from the build's own classes and runtime classpath (written by the {@code faults}
 * profile), so it can be killed with SIGKILL and started again on the same database and port.
 */
final class AppProcess {

    private static final HttpClient PROBE =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final List<String> command;
    private final Map<String, String> environment;
    /** True once the app has served a client again (a 2xx since the last start): answering, even if readiness lags. */
    private java.util.function.LongPredicate servedSince = since -> false;

    private final Path logDir;
    private final int port;
    private Process process;
    private int starts;

    AppProcess(int port, Map<String, String> environment, List<String> arguments, Path logDir) throws IOException {
        this.port = port;
        this.environment = environment;
        this.logDir = logDir;
        List<String> all = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xmx1g",
                "-Xss1m",
                "-XX:TieredStopAtLevel=1"));
        String jar = System.getProperty("faults.app.jar", "").strip();
        if (jar.isEmpty()) {
            all.addAll(List.of(
                    "-cp",
                    System.getProperty("faults.app.classes")
                            + java.io.File.pathSeparator
                            + Files.readString(Path.of(System.getProperty("faults.app.classpath")))
                                    .strip(),
                    "com.ks.platform.KsApplication"));
        } else {
            // the packaged jar (nested jars, as in production): -Dfaults.app.jar=target/ks-order-platform-….jar
            all.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        }
        all.addAll(arguments);
        String extra = System.getProperty("faults.app.args", "").strip();
        if (!extra.isEmpty()) {
            all.addAll(Arrays.asList(extra.split("\\s+")));
        }
        this.command = all;
        Files.createDirectories(logDir);
    }

    void servedSince(java.util.function.LongPredicate servedSince) {
        this.servedSince = servedSince;
    }

    /** Changes one environment variable for the next start. */
    void setEnvironment(String name, String value) {
        environment.put(name, value);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return logDir.resolve("app-" + starts + ".log");
    }

    /** Starts the JVM and waits until readiness answers 200; returns how long that took. */
    Duration start(Duration within) throws Exception {
        long began = System.nanoTime();
        launch();
        awaitReady(within);
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /**
     * Starts the JVM and waits only until liveness answers 200 — the web server is up, whatever the database does;
     * returns how long that took.
     */
    Duration startUntilLive(Duration within) throws Exception {
        long began = System.nanoTime();
        launch();
        long deadline = began + within.toNanos();
        while (liveness() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app was not live within " + within + "; see " + log());
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private void launch() throws IOException {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Polls until readiness answers 200 (the database reachable, the app started) or a client was served again — on
     * an overloaded node the readiness check can wait for a connection behind the clients; fails after {@code within}.
     */
    Duration awaitReady(Duration within) throws Exception {
        long began = System.nanoTime();
        long deadline = began + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log());
            }
            if (servedSince.test(began) || readiness() == 200) {
                return Duration.ofNanos(System.nanoTime() - began);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The app was not ready within " + within + "; see " + log());
    }

    int readiness() {
        return probe("readiness", Duration.ofSeconds(3));
    }

    /**
     * Readiness given time to answer: without its database the check waits for the pool's connection timeout (2 s) —
     * more on a loaded node — before it answers 503.
     */
    int readinessPatiently() {
        return probe("readiness", Duration.ofSeconds(20));
    }

    int liveness() {
        return probe("liveness", Duration.ofSeconds(10));
    }

    private int probe(String state, Duration timeout) {
        try {
            return PROBE.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/" + state))
                                    .timeout(timeout)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook, no finally block, no transaction ends cleanly. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A thread dump of the running app (jcmd), kept beside its log as evidence. */
    Path threadDump(String name) throws Exception {
        Path file = logDir.resolve(name + ".txt");
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .redirectOutput(file.toFile())
                .start();
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return file;
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
