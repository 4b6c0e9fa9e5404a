package com.ks.platform.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Browser apps (an H5 shop on a partner's site) may call the API from the origins in {@code ks.api.allowed-origins}
 * (default: the platform's own public address); other origins' browsers are refused with a 403 problem, not Spring's
 * plain-text "Invalid CORS request". Native apps and servers send no Origin and are not concerned. Clients may read
 * the rate-limit headers and {@code Location}.
 */
final class ApiCors {

    private ApiCors() {}

    static CorsFilter filter(String allowedOrigins, ProblemResponses problems) {
        CorsConfiguration config = new CorsConfiguration();
        Arrays.stream(allowedOrigins.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .forEach(config::addAllowedOrigin);
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT_LANGUAGE, "Idempotency-Key"));
        config.setExposedHeaders(List.of(
                HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER,
                ApiRateLimitFilter.LIMIT,
                ApiRateLimitFilter.REMAINING,
                ApiRateLimitFilter.RESET));
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            @Override
            public boolean processRequest(
                    CorsConfiguration configuration, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                boolean allowed = super.processRequest(configuration, request, response);
                if (!allowed) {
                    problems.write(
                            request, response, HttpStatus.FORBIDDEN, "This origin may not call the API", "cors-origin");
                }
                return allowed;
            }

            @Override
            protected void rejectRequest(ServerHttpResponse response) {
                // answered as a problem by processRequest
            }
        });
        return filter;
    }
}
