package com.ks.platform.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ks.platform.shared.RateLimitSettings;
import com.ks.platform.shared.RateLimits;
import com.ks.platform.ui.Translations;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** What an API client sees while the database is away: a 503 problem telling it when to retry, never a 500. */
class DatabaseUnavailableProblemsTest {

    @RestController
    static class FailingController {

        @GetMapping("/no-connection")
        String noConnection() {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @GetMapping("/no-transaction")
        String noTransaction() {
            throw new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @GetMapping("/jooq-lost-connection")
        String jooqLostConnection() {
            throw new org.jooq.exception.DataAccessException(
                    "SQL [select 1]", new SQLException("An I/O error occurred", "08006"));
        }

        /** As the fault runs saw it (issue 22): the work lost its connection, then the rollback failed on it too. */
        @GetMapping("/rollback-on-dropped-connection")
        String rollbackOnDroppedConnection() {
            var rollbackFailed = new org.springframework.transaction.TransactionSystemException(
                    "JDBC rollback failed", new SQLException("Connection is closed"));
            rollbackFailed.initApplicationException(new org.jooq.exception.DataAccessException(
                    "SQL [select 1]", new SQLException("An I/O error occurred", "08006")));
            throw rollbackFailed;
        }

        @GetMapping("/bug")
        String bug() {
            throw new DataIntegrityViolationException("duplicate key");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new DatabaseUnavailableProblems(new Translations()))
            .build();

    @Test
    void a_request_that_cannot_reach_the_database_answers_503_with_retry_after_in_the_clients_language()
            throws Exception {
        for (String path : new String[] {
            "/no-connection", "/no-transaction", "/jooq-lost-connection", "/rollback-on-dropped-connection"
        }) {
            var response = mvc.perform(get(path).header("Accept-Language", "zh-CN"))
                    .andReturn()
                    .getResponse();

            assertThat(response.getStatus()).as(path).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("5");
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("服务暂时不可用，请稍后再试", "urn:ks:problem:unavailable");
        }
    }

    @Test
    void a_failing_statement_is_not_passed_off_as_an_outage() {
        Throwable failure = catchThrowable(() -> mvc.perform(get("/bug")));

        assertThat(failure).hasRootCauseInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_bearer_token_that_cannot_be_checked_against_a_lost_database_answers_503_not_an_empty_error()
            throws Exception {
        var filter = new DatabaseOutageFilter(
                new ProblemResponses(
                        JsonMapper.builder().build(),
                        new Translations(),
                        new RateLimits(
                                new RateLimitSettings(null, null, null, null, null, null, null, null, null, 0),
                                Clock.systemUTC())),
                new Translations());
        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addPreferredLocale(Locale.ENGLISH);
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("temporarily unavailable", "urn:ks:problem:unavailable");
    }
}
