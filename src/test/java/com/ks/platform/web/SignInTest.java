package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Password sign-in over real HTTP: each role lands on its own home, with a new session id. */
class SignInTest extends KsIntegrationTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @CsvSource({
        "shopper@ks.demo, /",
        "merchant@ks.demo, /merchant",
        "agent@ks.demo, /workbench",
        "compliance@ks.demo, /compliance",
        "admin@ks.demo, /admin"
    })
    void each_role_lands_on_its_own_home_after_signing_in(String email, String home) throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> afterLogin = signIn(browser, email, "ks-demo-2026");
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        HttpResponse<String> landing =
                browser.get(afterLogin.headers().firstValue("Location").orElseThrow());
        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location").orElseThrow()).isEqualTo(baseUrl() + home);
    }

    @Test
    void signing_in_changes_the_session_id_against_session_fixation() throws Exception {
        BrowserSession browser = new BrowserSession();
        browser.get(baseUrl() + "/login");
        String before = browser.sessionId();
        signIn(browser, "shopper@ks.demo", "ks-demo-2026");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_page_asked_for_before_signing_in_wins_over_the_role_home() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> denied = browser.get(baseUrl() + "/admin/accounts");
        assertThat(denied.statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogin = signIn(browser, "admin@ks.demo", "ks-demo-2026");
        assertThat(afterLogin.headers().firstValue("Location").orElseThrow()).contains("/admin/accounts");
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
        String email = newShopper();
        HttpResponse<String> response = signIn(new BrowserSession(), email, "wrong password");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(signIn(new BrowserSession(), email, PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/signed-in");
    }

    @Test
    void ten_wrong_passwords_in_a_row_lock_the_account_even_against_the_right_one() throws Exception {
        String email = newShopper();
        for (int attempt = 0; attempt < 10; attempt++) {
            signIn(new BrowserSession(), email, "guess number " + attempt);
        }
        HttpResponse<String> response = signIn(new BrowserSession(), email, PASSWORD);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    private String newShopper() {
        String email = uniqueEmail("signin");
        accounts.registerShopper(new RegisterShopper(email, "测试", PASSWORD, true, false));
        return email;
    }

    @Test
    void a_visitor_gets_the_storefront_and_its_stylesheet_without_signing_in() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> home = browser.get(baseUrl() + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        HttpResponse<String> css = browser.get(baseUrl() + "/styles/ks.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains("--lumo-primary-color");
        assertThat(browser.get(baseUrl() + "/images/logo.svg").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signIn(BrowserSession browser, String email, String password) throws Exception {
        String token =
                BrowserSession.csrfToken(browser.get(baseUrl() + "/login").body());
        return browser.postForm(baseUrl() + "/login", Map.of("username", email, "password", password, "_csrf", token));
    }
}
