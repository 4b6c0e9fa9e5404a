package com.ks.platform.shared;

import java.time.Clock;
import org.jooq.conf.RenderQuotedNames;
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
}
