package com.ks.platform.web.security;

import static com.ks.partner.PartnerAuthorizationServer.LATE_APP;
import static com.ks.partner.PartnerAuthorizationServer.OTHER_APP;
import static com.ks.partner.PartnerAuthorizationServer.PARTNER_APP;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.partner.PartnerAuthorizationServer;
import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens from a second, real authorization server (Spring Authorization Server, started in the test JVM): the API
 * accepts its access tokens for the API's audience, refuses those for another audience, expired ones beyond the
 * small clock skew, and its ID tokens, and keeps verifying after the server rotates its signing key.
 */
class PartnerAuthorizationServerTest extends KsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    AccountService accounts;

    @AfterEach
    void resetLateness() {
        PARTNER.lateBy(Duration.ofMinutes(5));
    }

    @Test
    void a_partner_clients_token_for_the_api_acts_as_the_account_linked_to_it() throws Exception {
        linkClient(PARTNER_APP);

        HttpResponse<String> me = me(clientToken(PARTNER_APP, ALL_SCOPES));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"roles\":[\"SHOPPER\"]");
    }

    @Test
    void a_partner_token_is_held_to_the_scopes_the_server_granted() throws Exception {
        linkClient(PARTNER_APP);
        String ordersOnly = clientToken(PARTNER_APP, "orders:read");

        HttpResponse<String> orders = get("/api/v1/orders", ordersOnly);
        HttpResponse<String> cart = get("/api/v1/cart", ordersOnly);

        assertThat(orders.statusCode()).isEqualTo(200);
        assertThat(cart.statusCode()).isEqualTo(403);
        assertThat(cart.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("insufficient_scope", "scope=\"cart:read\"");
    }

    @Test
    void a_token_the_server_issued_for_another_audience_is_refused() throws Exception {
        linkClient(OTHER_APP);

        HttpResponse<String> me = me(clientToken(OTHER_APP, ALL_SCOPES));

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void an_expired_token_is_refused_beyond_a_small_clock_skew_and_accepted_within_it() throws Exception {
        linkClient(LATE_APP);

        PARTNER.lateBy(Duration.ofSeconds(45));
        HttpResponse<String> expired = me(clientToken(LATE_APP, ALL_SCOPES));
        PARTNER.lateBy(Duration.ofSeconds(5));
        HttpResponse<String> justExpired = me(clientToken(LATE_APP, ALL_SCOPES));

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
        // a clock a few seconds ahead of the provider's must not lock clients out
        assertThat(justExpired.statusCode()).as(justExpired.body()).isEqualTo(200);
    }

    @Test
    void a_person_signing_in_at_the_partner_server_gets_an_access_token_the_api_accepts_but_not_an_id_token()
            throws Exception {
        String user = PARTNER.newUser();
        String email = uniqueEmail("partner-person");
        accounts.registerShopper(new RegisterShopper(email, "合作方买家", "good password 2026", true, true));
        linkToIssuer(PARTNER.issuer(), user, email);

        JsonNode tokens = authorizationCodeTokens(user, "openid profile:read");
        HttpResponse<String> withAccessToken = me(tokens.get("access_token").asString());
        HttpResponse<String> withIdToken = me(tokens.get("id_token").asString());

        assertThat(withAccessToken.statusCode()).as(withAccessToken.body()).isEqualTo(200);
        assertThat(withAccessToken.body()).contains(email);
        assertThat(withIdToken.statusCode()).isEqualTo(401);
        assertThat(withIdToken.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("invalid_token");
    }

    @Test
    void after_the_server_rotates_its_signing_key_new_tokens_are_still_verified() throws Exception {
        linkClient(PARTNER_APP);
        assertThat(me(clientToken(PARTNER_APP, ALL_SCOPES)).statusCode()).isEqualTo(200);
        String oldKey = PARTNER.currentKeyId();

        PARTNER.rotateKey();
        String signedWithNewKey = clientToken(PARTNER_APP, ALL_SCOPES);
        HttpResponse<String> me = me(signedWithNewKey);

        assertThat(PARTNER.currentKeyId()).isNotEqualTo(oldKey);
        assertThat(headerOf(signedWithNewKey).get("kid").asString()).isEqualTo(PARTNER.currentKeyId());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    }

    /** The client's tokens act as one shopper account (a client-credentials token's subject is the client id). */
    private void linkClient(String clientId) {
        String email = uniqueEmail("partner-client");
        accounts.registerShopper(new RegisterShopper(email, "合作方应用", "good password 2026", true, true));
        // a later call for the same client finds the first link and keeps it
        linkToIssuer(PARTNER.issuer(), clientId, email);
    }

    private static String clientToken(String clientId, String scopes) throws Exception {
        HttpResponse<String> response =
                tokenRequest(clientId, Map.of("grant_type", "client_credentials", "scope", scopes));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The authorization code flow as a browser and an app's back end run it: sign in, get a code, swap it. */
    private static JsonNode authorizationCodeTokens(String user, String scopes) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String authorize = PARTNER.authorizationEndpoint() + "?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        PARTNER_APP,
                        "scope",
                        scopes,
                        "redirect_uri",
                        PartnerAuthorizationServer.REDIRECT_URI,
                        "state",
                        "s-1",
                        "nonce",
                        "n-1"));
        HttpResponse<String> toLogin = browser.send(
                HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(PARTNER.loginPage()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", user, "password", PartnerAuthorizationServer.PASSWORD))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> toClient = browser.send(
                HttpRequest.newBuilder(URI.create(PARTNER.issuer()).resolve(back))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = toClient.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(PartnerAuthorizationServer.REDIRECT_URI).contains("state=s-1");
        String code = queryParameter(URI.create(callback), "code");

        HttpResponse<String> tokens = tokenRequest(
                PARTNER_APP,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        PartnerAuthorizationServer.REDIRECT_URI));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    private static HttpResponse<String> tokenRequest(String clientId, Map<String, String> parameters) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + PartnerAuthorizationServer.secretOf(clientId))
                        .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(PARTNER.tokenEndpoint()))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String queryParameter(URI uri, String name) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode headerOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
    }

    private HttpResponse<String> me(String token) throws Exception {
        return get("/api/v1/me", token);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
