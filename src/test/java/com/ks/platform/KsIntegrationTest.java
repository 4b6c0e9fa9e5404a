package com.ks.platform;

import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
