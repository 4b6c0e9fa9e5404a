package com.ks.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real outage: a pool configured as the app's, pointed at a PostgreSQL port where nothing listens. Work fails within
 * the connection timeout, is recognised as an outage (503 / "try again"), and the health check says DOWN.
 */
class DatabaseOutageTest {

    private static HikariDataSource unreachableDatabase() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/ks");
        pool.setUsername("postgres");
        pool.setConnectionTimeout(2000);
        pool.setValidationTimeout(1000);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    @Test
    void transactional_work_against_a_lost_database_fails_within_seconds_as_an_outage() throws Exception {
        try (HikariDataSource pool = unreachableDatabase()) {
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            long start = System.nanoTime();

            Throwable failure = catchThrowable(
                    () -> transactions.execute(tx -> new JdbcTemplate(pool).queryForObject("select 1", Integer.class)));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(DatabaseOutage.causedBy(failure)).isTrue();
        }
    }

    @Test
    void the_database_health_check_reports_down_while_the_database_is_away() throws Exception {
        try (HikariDataSource pool = unreachableDatabase()) {
            assertThat(new DataSourceHealthIndicator(pool).health().getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void a_failing_statement_is_not_an_outage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
    }

    /** As the fault runs saw it while PostgreSQL restarted (issue 22): the rollback fails on the closed connection. */
    @Test
    void a_rollback_that_fails_on_the_connection_the_database_dropped_is_an_outage() {
        var rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(
                new DataAccessResourceFailureException("An I/O error occurred while sending to the backend."));

        assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException("Could not roll back: no transaction")))
                .isFalse();
    }
}
