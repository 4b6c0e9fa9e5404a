package com.ks.platform.web.security;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** How strictly the API reads what clients send; the rest of the strict JSON settings are in application.yml. */
@Configuration(proxyBeanMethods = false)
class ApiInputConfiguration {

    /** {@code "quantity":"2"} is a client's bug: refused, as {@code 1.5} is, instead of read as a number. */
    @Bean
    JsonMapperBuilderCustomizer noStringsForNumbersOrBooleans() {
        return builder -> builder.withCoercionConfig(
                        LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /**
     * Tomcat answered an encoded slash ({@code %2f}) itself with an HTML page; let it through to Spring Security's
     * firewall, which rejects it for every path, so the API can answer with a problem (ApiProblemFilter).
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    /** What Tomcat refuses itself (a {@code %00}, a header too large) is a problem too on API paths. */
    @Bean
    TomcatContextCustomizer problemErrorPagesForTheApi() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        };
    }
}
