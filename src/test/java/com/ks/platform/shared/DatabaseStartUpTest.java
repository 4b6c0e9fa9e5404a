package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Start-up work meeting an unreachable database waits for it instead of aborting the start (which shut the node down
 * in the fault runs, issue 22); any other failure still aborts it.
 */
class DatabaseStartUpTest {

    @Test
    void work_that_meets_an_outage_is_run_again_until_the_database_answers() {
        AtomicInteger attempts = new AtomicInteger();
        DatabaseStartUp.whenDatabaseAnswers(
                "test step",
                () -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new CannotGetJdbcConnectionException(
                                "Failed to obtain JDBC Connection",
                                new SQLTransientConnectionException(
                                        "HikariPool-1 - Connection is not available, request timed out after 2000ms"));
                    }
                },
                Duration.ofMillis(1));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_migration_whose_connection_was_closed_by_a_database_restart_is_run_again() {
        AtomicInteger attempts = new AtomicInteger();
        DatabaseStartUp.whenDatabaseAnswers(
                "test step",
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException(
                                "Schema migration failed", new java.sql.SQLException("Connection is closed"));
                    }
                },
                Duration.ofMillis(1));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_connection_ended_by_the_server_shutting_down_is_an_outage() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new java.sql.SQLException(
                        "FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void a_failure_that_is_not_an_outage_still_aborts_the_start_at_once() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> DatabaseStartUp.whenDatabaseAnswers(
                        "test step",
                        () -> {
                            attempts.incrementAndGet();
                            throw new BadSqlGrammarException(
                                    "select", "select nope", new java.sql.SQLException("no such table", "42P01"));
                        },
                        Duration.ofMillis(1)))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(attempts).hasValue(1);
    }
}
