package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.identity.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in with a real OIDC provider on loopback (authorization code flow, end to end over HTTP), and the JWT-protected
 * API with real tokens from the same provider.
 */
class OidcAndApiTest extends KsIntegrationTest {

    @Autowired
    AccountQueries accounts;

    @Autowired
    AccountService accountService;

    @Test
    void the_login_page_offers_the_configured_provider() throws Exception {
        // The button is rendered by the Vaadin view; over plain HTTP the flow start must exist and redirect to the
        // provider.
        HttpResponse<String> start = new BrowserSession().get(baseUrl() + "/oauth2/authorization/oidc");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).startsWith(issuer());
    }

    @Test
    void a_first_oidc_sign_in_creates_a_shopper_account_and_lands_on_the_storefront() throws Exception {
        String subject = "new-" + UUID.randomUUID();
        String email = uniqueEmail("oidc");
        BrowserSession browser = signInWithProvider(subject, email, true);
        assertThat(browser.get(baseUrl() + "/signed-in")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .isEqualTo(baseUrl() + "/");
        var account = accounts.findByEmail(email).flatMap(accounts::findById).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.SHOPPER);
        assertThat(account.displayName()).isEqualTo("OIDC 用户");
    }

    @Test
    void an_oidc_sign_in_with_a_verified_email_links_to_the_existing_account_and_keeps_its_roles() throws Exception {
        String email = uniqueEmail("link");
        UUID existing =
                accountService.registerShopper(new RegisterShopper(email, "已有用户", "existing password", true, true));
        signInWithProvider("link-" + UUID.randomUUID(), email, true);
        assertThat(accounts.findByEmail(email)).contains(existing);
    }

    @Test
    void an_unverified_email_matching_an_account_is_refused_and_not_linked() throws Exception {
        String email = uniqueEmail("takeover");
        accountService.registerShopper(new RegisterShopper(email, "受害者", "victim password", true, true));
        String subject = "attacker-" + UUID.randomUUID();
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> last = runAuthorizationCodeFlow(browser, subject, email, false);
        // the login page explains this refusal instead of calling it a wrong password (LoginViewTest)
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=email_not_verified");
        HttpResponse<String> me =
                new BrowserSession().get(baseUrl() + "/api/v1/me", "Authorization", "Bearer " + token(subject));
        assertThat(me.statusCode())
                .as("the attacker's token maps to no account")
                .isEqualTo(401);
    }

    @Test
    void the_api_answers_me_for_a_token_of_a_linked_account_with_roles_from_the_database() throws Exception {
        String subject = "api-" + UUID.randomUUID();
        String email = uniqueEmail("api");
        signInWithProvider(subject, email, true);
        HttpResponse<String> me =
                new BrowserSession().get(baseUrl() + "/api/v1/me", "Authorization", "Bearer " + token(subject));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(email).contains("\"roles\":[\"SHOPPER\"]");
    }

    @Test
    void role_claims_in_a_token_are_ignored() throws Exception {
        String subject = "claims-" + UUID.randomUUID();
        signInWithProvider(subject, uniqueEmail("claims"), true);
        String token =
                apiToken(subject, API_AUDIENCE, Map.of("roles", List.of("ADMIN"), "scope", "profile:read admin"), 3600);
        HttpResponse<String> me =
                new BrowserSession().get(baseUrl() + "/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.body()).contains("\"roles\":[\"SHOPPER\"]").doesNotContain("ADMIN");
    }

    @Test
    void the_api_refuses_missing_and_forged_tokens_with_problem_documents() throws Exception {
        HttpResponse<String> none = new BrowserSession().get(baseUrl() + "/api/v1/me");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(none.body()).contains("\"status\":401");

        String valid = token("someone");
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        HttpResponse<String> bad =
                new BrowserSession().get(baseUrl() + "/api/v1/me", "Authorization", "Bearer " + forged);
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private BrowserSession signInWithProvider(String subject, String email, boolean emailVerified) throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> last = runAuthorizationCodeFlow(browser, subject, email, emailVerified);
        assertThat(last.headers().firstValue("Location").orElseThrow()).isEqualTo(baseUrl() + "/signed-in");
        return browser;
    }

    /** Start at the platform, let the provider authenticate, come back with a code; returns the platform's answer. */
    private HttpResponse<String> runAuthorizationCodeFlow(
            BrowserSession browser, String subject, String email, boolean emailVerified) throws Exception {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                subject,
                "JWT",
                List.of(CLIENT_ID),
                Map.of("email", email, "email_verified", emailVerified, "name", "OIDC 用户"),
                3600));
        HttpResponse<String> toProvider = browser.get(baseUrl() + "/oauth2/authorization/oidc");
        HttpResponse<String> backWithCode =
                browser.get(toProvider.headers().firstValue("Location").orElseThrow());
        String callback = backWithCode.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(baseUrl() + "/login/oauth2/code/oidc");
        return browser.get(callback);
    }

    private static String token(String subject) {
        return apiToken(subject);
    }
}
