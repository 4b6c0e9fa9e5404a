package com.ks.platform.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Liquibase migrates the schema while the context is created; with the database away that threw and the node never
 * started — nothing to ask for readiness, nothing to recover when the database came back (issue 22). Here the
 * migration runs at the same moment as before (right after the Liquibase bean is set up), but when it fails because
 * the database is unreachable the start goes on without it: the web server comes up (liveness {@code UP}, readiness
 * {@code DOWN}, API calls {@code 503}), and this runner — the first of all runners — migrates as soon as the database
 * answers, before any other start-up work reads a table. A failing changeset still aborts the start.
 */
@Component
class DeferredSchemaMigration implements BeanPostProcessor, ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DeferredSchemaMigration.class);

    private final List<SpringLiquibase> pending = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            // its own afterPropertiesSet would throw on an unreachable database: it runs below instead
            liquibase.setShouldRun(false);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            try {
                migrate(liquibase);
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causedBy(failure)) {
                    throw failure;
                }
                log.warn(
                        "Database unreachable at start: the schema migration waits for it, the node starts with"
                                + " readiness DOWN ({})",
                        failure.toString());
                pending.add(liquibase);
            }
        }
        return bean;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SpringLiquibase liquibase : pending) {
            DatabaseStartUp.whenDatabaseAnswers("schema migration (Liquibase)", () -> migrate(liquibase));
            pending.remove(liquibase);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static void migrate(SpringLiquibase liquibase) {
        liquibase.setShouldRun(true);
        try {
            liquibase.afterPropertiesSet();
        } catch (LiquibaseException failed) {
            throw new IllegalStateException("Schema migration failed: " + failed.getMessage(), failed);
        }
    }
}
