package com.ks.platform.web.security;

import com.ks.platform.intrusion.BlockedSources;
import com.ks.platform.intrusion.IntrusionDetection;
import com.ks.platform.ui.Translations;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Servlet filters in front of both security chains (and of everything they let through unfiltered, such as static
 * files): the security headers first, then the intrusion prevention that refuses blocked sources.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityHeaders.Settings.class)
class ResponseFilters {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(SecurityHeaders.Settings settings) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IntrusionPreventionFilter> intrusionPrevention(
            BlockedSources blocked,
            IntrusionDetection detection,
            ProblemResponses problems,
            Translations translations,
            JsonMapper json,
            Clock clock,
            KnownPaths knownPaths) {
        var registration = new FilterRegistrationBean<>(
                new IntrusionPreventionFilter(blocked, detection, problems, translations, json, clock, knownPaths));
        // before Spring Security: a blocked source costs no session, no token check, no password hash
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
