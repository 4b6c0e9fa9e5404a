package com.ks.platform.web.security;

import com.ks.platform.identity.PasskeySignIn;
import com.ks.platform.shared.RateLimits;
import com.ks.platform.ui.Translations;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the REST API (stateless, bearer tokens, problem responses) first, then the Vaadin UI (session, form and
 * OIDC sign-in, view access control).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services use @PreAuthorize; JSR-250 stays off so Spring does not proxy views, whose @RolesAllowed is Vaadin's.
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGNED_IN_PATH = "/signed-in";
    /** API reads anyone may make (the public catalog); the OpenAPI document marks them as needing no token. */
    static final List<String> PUBLIC_API_READS =
            List.of("/api/v1/categories", "/api/v1/products", "/api/v1/products/{productId}");
    /** Providers sign their notifications; the receiver checks the signature, not a token. */
    static final String SIGNED_NOTIFICATIONS = "/api/v1/payments/notify/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            LazyJwtDecoder jwtDecoder,
            AccountJwtConverter converter,
            ProblemResponses problems,
            Translations translations,
            RateLimits rateLimits,
            @Value("${ks.api.allowed-origins:}") String allowedOrigins)
            throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(ApiCors.filter(allowedOrigins, problems), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(
                        new DatabaseOutageFilter(problems, translations), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(rateLimits, problems), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/v1/openapi.json")
                            .permitAll()
                            .requestMatchers(HttpMethod.POST, SIGNED_NOTIFICATIONS)
                            .permitAll()
                            .requestMatchers(HttpMethod.GET, PUBLIC_API_READS.toArray(String[]::new))
                            .permitAll();
                    ApiScopes.RULES.forEach(rule ->
                            auth.requestMatchers(rule.method(), rule.path()).access(rule.authorization()));
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(converter))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            OidcAccountUserService oidcUserService,
            RateLimits rateLimits,
            SessionRegistry sessionRegistry,
            SecurityContextHolderStrategy contextStrategy,
            PasskeySignIn passkeySignIn)
            throws Exception {
        http.addFilterBefore(new SignInRateLimitFilter(rateLimits), UsernamePasswordAuthenticationFilter.class);
        PasskeyEndpoints.configure(http, contextStrategy, passkeySignIn, SIGNED_IN_PATH);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/styles/**",
                        "/scripts/**",
                        "/images/**",
                        "/media/**",
                        "/art/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/robots.txt",
                        "/sitemap.xml",
                        "/sitemap-*.xml",
                        // the load balancer's and orchestrator's probes (docs/operations.md): no details, no sign-in
                        "/actuator/health",
                        "/actuator/health/**",
                        SIGNED_IN_PATH)
                .permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // every sign-in is registered, so an administrator can end a person's sessions (identity.AccountAdministration)
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            vaadin.defaultSuccessUrl(SIGNED_IN_PATH, false);
        });
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService))
                    .defaultSuccessUrl(SIGNED_IN_PATH, false)
                    .failureHandler(new OidcSignInFailures()));
        }
        return http.build();
    }
}
