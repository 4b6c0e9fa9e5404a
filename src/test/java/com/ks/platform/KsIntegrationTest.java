package com.ks.platform;

import com.ks.partner.PartnerAuthorizationServer;
import com.ks.platform.identity.ExternalLoginService;
import com.ks.platform.identity.SecondFactors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of the test suite (2 cores: never a second one in a JVM; the browser suite runs two JVMs, each
 * with its own database). It runs on a random port against the database of the run, with a real OIDC provider on
 * loopback for sign-in and API tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class KsIntegrationTest {

    protected static final String ISSUER_ID = "ks-test";
    protected static final String CLIENT_ID = "ks-platform";
    /** The audience API access tokens must carry (ks.api.audience); the sign-in client's ID tokens do not. */
    protected static final String API_AUDIENCE = "ks-api";

    /** Every scope the API knows (ApiScopes): what a first-party app's token carries. */
    protected static final String ALL_SCOPES = "profile:read profile:write favourites:read favourites:write cart:read"
            + " cart:write orders:read orders:write payments:read payments:write after-sales:read after-sales:write";

    protected static final MockOAuth2Server OIDC = startOidc();
    /** A second, real authorization server (Spring Authorization Server) the API trusts as a partner issuer. */
    protected static final PartnerAuthorizationServer PARTNER = PartnerAuthorizationServer.start(ALL_SCOPES);

    @LocalServerPort
    protected int port;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private ExternalLoginService externalLogins;

    private static MockOAuth2Server startOidc() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    /** A fork of the browser suite on PostgreSQL uses a database of its own (ForkDatabase). */
    @DynamicPropertySource
    static void databaseOfThisFork(DynamicPropertyRegistry registry) {
        ForkDatabase.url().ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    @DynamicPropertySource
    static void oidcProperties(DynamicPropertyRegistry registry) {
        String issuer = OIDC.issuerUrl(ISSUER_ID).toString();
        registry.add("ks.oidc.issuer-uri", () -> issuer);
        registry.add("ks.oidc.client-id", () -> CLIENT_ID);
        registry.add("ks.oidc.client-secret", () -> "test-secret");
        registry.add("ks.api.jwt-issuer-uri", () -> issuer);
        registry.add("ks.api.audience", () -> API_AUDIENCE);
        registry.add("ks.api.partner-issuer-uris", PARTNER::issuer);
    }

    /**
     * Acts as an existing account in this thread, as if it had signed in with its password and — for staff — its
     * authenticator code (the second factor staff surfaces ask for, issue 20).
     */
    protected void actAs(String email) {
        actAs(email, true);
    }

    /** Runs {@code action} as an existing account in this thread, then signs the thread out again. */
    protected <T> T as(String email, Supplier<T> action) {
        actAs(email);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    protected void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }

    /** As {@link #actAs(String)}, with or without the second factor proven (staff without it meet the 2FA step). */
    protected void actAs(String email, boolean secondFactor) {
        UserDetails user = userDetails.loadUserByUsername(email);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        if (secondFactor) {
            authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactors.AUTHENTICATOR_FACTOR));
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void forgetActor() {
        SecurityContextHolder.clearContext();
    }

    protected static String issuer() {
        return OIDC.issuerUrl(ISSUER_ID).toString();
    }

    /** Links the existing account to a new subject at the test provider (verified e-mail); returns the subject. */
    protected String linkToProvider(String email) {
        String subject = "api-" + UUID.randomUUID();
        linkToIssuer(issuer(), subject, email);
        return subject;
    }

    /** Links the existing account to (issuer, subject), as a first sign-in there with a verified e-mail does. */
    protected void linkToIssuer(String issuer, String subject, String email) {
        Instant now = Instant.now();
        externalLogins.signIn(new DefaultOidcUser(
                List.of(),
                new OidcIdToken(
                        "id-token",
                        now,
                        now.plusSeconds(600),
                        Map.of("iss", issuer, "sub", subject, "email", email, "email_verified", true))));
    }

    /** An API access token for the subject with every scope, as the provider issues it to API clients (one hour). */
    protected static String apiToken(String subject) {
        return apiToken(subject, API_AUDIENCE, Map.of(), 3600);
    }

    /** An API access token granting only the given scopes (space-separated, as OAuth 2.0 writes them). */
    protected static String apiTokenWithScopes(String subject, String scopes) {
        return apiToken(subject, API_AUDIENCE, Map.of("scope", scopes), 3600);
    }

    /** Claims without a {@code scope} get every scope. */
    protected static String apiToken(String subject, String audience, Map<String, Object> claims, long expirySeconds) {
        Map<String, Object> withScopes = new HashMap<>(claims);
        withScopes.putIfAbsent("scope", ALL_SCOPES);
        return OIDC.issueToken(
                        ISSUER_ID,
                        subject,
                        new DefaultOAuth2TokenCallback(
                                ISSUER_ID, subject, "JWT", List.of(audience), withScopes, expirySeconds))
                .serialize();
    }

    /** An e-mail address no other test uses, so tests never depend on each other's data. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ks";
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What one thread of a concurrent run returned or threw. */
    protected record Attempt<T>(T result, Exception failure) {

        public boolean succeeded() {
            return failure == null;
        }
    }

    /** One thread's share of a concurrent run; {@code index} is the position of its actor. */
    @FunctionalInterface
    protected interface Task<T> {
        T call(int index) throws Exception;
    }

    /**
     * Runs the task once per actor, each on its own thread signed in as that actor (null: no one, as a scheduled job),
     * all released at the same moment — real threads against the real database, as a rush of buyers would hit it.
     */
    protected <T> List<Attempt<T>> atOnce(List<String> actors, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(actors.size());
        CountDownLatch ready = new CountDownLatch(actors.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt<T>>> futures = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                if (actors.get(index) != null) {
                    actAs(actors.get(index));
                }
                try {
                    ready.countDown();
                    start.await();
                    return new Attempt<>(task.call(index), null);
                } catch (Exception failure) {
                    return new Attempt<T>(null, failure);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        start.countDown();
        List<Attempt<T>> attempts = new ArrayList<>();
        try {
            for (Future<Attempt<T>> future : futures) {
                attempts.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return attempts;
    }
}
