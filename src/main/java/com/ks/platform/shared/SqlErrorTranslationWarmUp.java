package com.ks.platform.shared;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Loads Spring's SQL error translation (the error-code table parsed from XML, the exception classes) while the database
 * is up and nothing else runs, instead of on the first SQL error — which, in an outage, every request meets at once.
 * See docs/DECISIONS.md "No hang after a database restart". Switched off ({@code ks.database.preload-error-translation:
 * false}) only to reproduce that hang in the fault runs.
 */
@Component
@ConditionalOnProperty(name = "ks.database.preload-error-translation", havingValue = "true", matchIfMissing = true)
class SqlErrorTranslationWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SqlErrorTranslationWarmUp.class);

    /** Connection lost, unique key, deadlock / serialization, lock timeout, cancelled, bad grammar. */
    private static final List<String> STATES = List.of("08006", "23505", "40001", "40P01", "55P03", "57014", "42601");

    private final DataSource dataSource;

    SqlErrorTranslationWarmUp(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        // the error codes are looked up through a connection's metadata: without one they would not be loaded at all
        DatabaseStartUp.whenDatabaseAnswers(
                "SQL error translation preload",
                () -> DataSourceUtils.releaseConnection(DataSourceUtils.getConnection(dataSource), dataSource));
        try {
            var translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
            for (String state : STATES) {
                var translated = translator.translate("warm-up", null, new SQLException("warm-up", state));
                DatabaseOutage.causedBy(translated);
            }
        } catch (RuntimeException failure) {
            log.warn("Could not preload SQL error translation: {}", failure.toString());
        }
    }
}
