package com.ks.platform.shared;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that needs the database (runners, {@code ApplicationReadyEvent} listeners) runs through here, so a
 * database that is away — at start, or gone for a moment while a node is still starting under load — delays that work
 * instead of aborting the start. An exception thrown from a runner or a ready listener makes Spring Boot close the
 * context: the node shuts itself down, and with the database back nothing would be left to recover (issue 22, the
 * PostgreSQL-restart fault run in CI). While the work waits, the start has not finished: liveness is {@code UP},
 * readiness {@code DOWN} (Boot turns readiness on only after the runners and ready listeners returned). A failure that
 * is not an outage still aborts the start, as before.
 */
public final class DatabaseStartUp {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartUp.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private DatabaseStartUp() {}

    /** Runs {@code work}, again every 2 s while it fails because the database is unreachable. */
    public static void whenDatabaseAnswers(String step, Runnable work) {
        whenDatabaseAnswers(step, work, RETRY_EVERY);
    }

    /**
     * A JDBC failure without SQLSTATE comes from the client side, not from a statement the server refused: at start-up
     * that is the connection lost under the work — Liquibase on a connection the pool closed when PostgreSQL restarted
     * ("Connection is closed"; seen in the fault runs, where it shut the node down). Worth another try.
     */
    private static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() == null) {
                return true;
            }
        }
        return false;
    }

    static void whenDatabaseAnswers(String step, Runnable work, Duration retryEvery) {
        long began = System.nanoTime();
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                work.run();
                if (attempts > 1) {
                    log.info(
                            "Start-up step '{}' done after the database answered again ({} attempts, {} s)",
                            step,
                            attempts,
                            Duration.ofNanos(System.nanoTime() - began).toSeconds());
                }
                return;
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causedBy(failure) && !connectionLost(failure)) {
                    throw failure;
                }
                if (attempts == 1) {
                    log.warn(
                            "Start-up step '{}' waits for the database (readiness stays DOWN meanwhile): {}",
                            step,
                            failure.toString());
                } else {
                    log.debug("Start-up step '{}': database still away ({})", step, failure.toString());
                }
            }
            try {
                Thread.sleep(retryEvery);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Start-up step '" + step + "' interrupted while the database was away");
            }
        }
    }
}
