package com.ks.platform;

import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of the test suite (2 cores: never a second one). It runs on a random port against the
 * database of the run, with a real OIDC provider on loopback for sign-in and API tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class KsIntegrationTest {

    protected static final String ISSUER_ID = "ks-test";
    protected static final String CLIENT_ID = "ks-platform";
    protected static final MockOAuth2Server OIDC = startOidc();

    @LocalServerPort
    protected int port;

    @Autowired
    private UserDetailsService userDetails;

    private static MockOAuth2Server startOidc() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    @DynamicPropertySource
    static void oidcProperties(DynamicPropertyRegistry registry) {
        String issuer = OIDC.issuerUrl(ISSUER_ID).toString();
        registry.add("ks.oidc.issuer-uri", () -> issuer);
        registry.add("ks.oidc.client-id", () -> CLIENT_ID);
        registry.add("ks.oidc.client-secret", () -> "test-secret");
        registry.add("ks.api.jwt-issuer-uri", () -> issuer);
    }

    /** Acts as an existing account in this thread, as if it had signed in with its password. */
    protected void actAs(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void forgetActor() {
        SecurityContextHolder.clearContext();
    }

    protected static String issuer() {
        return OIDC.issuerUrl(ISSUER_ID).toString();
    }

    /** An e-mail address no other test uses, so tests never depend on each other's data. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ks";
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
