package com.ks.platform.shared;

import java.time.Clock;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.tools.jdbc.JDBCUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitSettings.class, PersonalDataKeySettings.class})
class SharedConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Code is generated from H2, whose unquoted names are upper case; rendering names unquoted lets PostgreSQL fold
     * them to its lower-case names. Takes the personal-data cipher so that jOOQ's configuration, and every query, comes
     * after the keys are loaded (the generated converters reach the cipher through its static holder).
     */
    @Bean
    DefaultConfigurationCustomizer unquotedNames(PersonalDataCipher keysLoadedFirst) {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }

    /**
     * Boot asks the database for jOOQ's dialect while the context is created; with the database away it settles for
     * {@code DEFAULT} for the node's whole life (issue 22: a node may start before its database). The JDBC URL names
     * the database as well.
     */
    @Bean
    DefaultConfigurationCustomizer dialectFromUrl(@Value("${spring.datasource.url:}") String jdbcUrl) {
        return configuration -> {
            if (configuration.dialect() == SQLDialect.DEFAULT && !jdbcUrl.isBlank()) {
                configuration.set(JDBCUtils.dialect(jdbcUrl));
            }
        };
    }
}
