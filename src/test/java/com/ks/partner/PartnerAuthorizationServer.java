package com.ks.partner;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A second, real authorization server (Spring Authorization Server) on a random loopback port in the test JVM, which
 * the API trusts as a partner issuer ({@code ks.api.partner-issuer-uris}). It issues client-credentials and
 * authorization-code tokens (with ID tokens) for these clients:
 *
 * <ul>
 *   <li>{@link #PARTNER_APP}: access tokens for the API's audience, every scope;
 *   <li>{@link #OTHER_APP}: access tokens for its own audience only (another resource server's client);
 *   <li>{@link #LATE_APP}: API tokens that expired {@link #lateBy} ago, as a clock running behind would see them.
 * </ul>
 *
 * Its signing key can be rotated ({@link #rotateKey}): the old key is retired and the new one published. It lives
 * outside {@code com.ks.platform} so the application's component scan never picks up its configuration.
 */
public final class PartnerAuthorizationServer {

    public static final String PARTNER_APP = "partner-app";
    public static final String OTHER_APP = "other-app";
    public static final String LATE_APP = "late-app";
    /** Each client's secret (the server refuses two clients with one secret). */
    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }

    public static final String REDIRECT_URI = "http://127.0.0.1/partner/callback";
    public static final String PASSWORD = "partner password";

    private static final AtomicReference<JWKSet> KEYS = new AtomicReference<>(new JWKSet(newKey()));
    private static final AtomicReference<Duration> LATE_BY = new AtomicReference<>(Duration.ofMinutes(5));
    private static final InMemoryUserDetailsManager USERS = new InMemoryUserDetailsManager();
    private static final AtomicReference<List<String>> SCOPES = new AtomicReference<>(List.of());

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final String issuer;

    private PartnerAuthorizationServer() {
        context = new AnnotationConfigServletWebServerApplicationContext();
        context.register(ServerConfiguration.class);
        context.refresh();
        // no issuer in the settings: the server names itself by the address it is called at, as the API calls it
        issuer = "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** Started once per JVM (it is small: no auto-configuration, no MVC), stopped with the JVM. */
    public static PartnerAuthorizationServer start(String scopes) {
        SCOPES.set(List.of(scopes.split(" ")));
        PartnerAuthorizationServer server = new PartnerAuthorizationServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server.context::close));
        return server;
    }

    public String issuer() {
        return issuer;
    }

    public String tokenEndpoint() {
        return issuer + "/oauth2/token";
    }

    public String authorizationEndpoint() {
        return issuer + "/oauth2/authorize";
    }

    public String loginPage() {
        return issuer + "/login";
    }

    /** A person who can sign in at this server (the authorization code flow); the name is the tokens' subject. */
    public String newUser() {
        String name = "partner-user-" + UUID.randomUUID();
        USERS.createUser(User.withUsername(name)
                .password("{noop}" + PASSWORD)
                .roles("USER")
                .build());
        return name;
    }

    /** Publishes a new signing key and retires the old one: tokens issued from now on carry the new key's id. */
    public void rotateKey() {
        KEYS.set(new JWKSet(newKey()));
    }

    public String currentKeyId() {
        return KEYS.get().getKeys().getFirst().getKeyID();
    }

    /** How long ago {@link #LATE_APP}'s tokens expired. */
    public void lateBy(Duration duration) {
        LATE_BY.set(duration);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ServerConfiguration {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(java.net.InetAddress.getLoopbackAddress());
            // Tomcat runs filters only for a request some servlet is mapped to; the endpoints are all filters
            factory.setRegisterDefaultServlet(true);
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(
                            ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }

        /**
         * Whatever strategy is global when a request runs: the platform's context (started after this server) installs
         * Vaadin's, and filters built before that would otherwise keep the old one while Spring's static calls use
         * the new one, losing the client's authentication between two filters.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return USERS;
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            return (selector, context) -> selector.select(KEYS.get());
        }

        /** The server's own user-info endpoint checks its access tokens with it. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    client(PARTNER_APP, "ks-api"), client(OTHER_APP, null), client(LATE_APP, "ks-api"));
        }

        private static RegisteredClient client(String id, String audience) {
            ClientSettings.Builder settings =
                    ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false);
            if (audience != null) {
                settings.setting("ks.audience", audience);
            }
            return RegisteredClient.withId(id)
                    .clientId(id)
                    .clientSecret("{noop}" + secretOf(id))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT_URI)
                    .scope(OidcScopes.OPENID)
                    .scopes(scopes -> scopes.addAll(SCOPES.get()))
                    .clientSettings(settings.build())
                    .build();
        }

        /** API clients' access tokens name the API's audience; late-app's are issued already expired. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> audienceAndLateness() {
            return context -> {
                if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    return;
                }
                String audience =
                        context.getRegisteredClient().getClientSettings().getSetting("ks.audience");
                if (audience != null) {
                    context.getClaims().audience(List.of(audience));
                }
                if (LATE_APP.equals(context.getRegisteredClient().getClientId())) {
                    Instant expired = Instant.now().minus(LATE_BY.get());
                    context.getClaims()
                            .issuedAt(expired.minusSeconds(300))
                            .notBefore(expired.minusSeconds(300))
                            .expiresAt(expired);
                }
            };
        }
    }
}
