package com.ks.platform.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.PasswordResets;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.RateLimit;
import com.ks.platform.shared.RateLimited;
import com.ks.platform.shared.RateLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Each rate limit where a person or client meets it (issue 20, intrusion prevention; issue 21, 429 problems). The test
 * profile's allowances are far above what the suite uses, so each test first spends one key's whole allowance through
 * {@link RateLimits} — as a flood would — and gives it back afterwards.
 */
class RateLimitTest extends KaribuTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String PASSWORD = "a long enough secret";

    @Autowired
    RateLimits limits;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    PasswordResets resets;

    private final Map<RateLimit, String> drained = new java.util.EnumMap<>(RateLimit.class);

    @AfterEach
    void giveBack() {
        drained.forEach(limits::reset);
        RequestContextHolder.resetRequestAttributes();
    }

    private void drain(RateLimit limit, String key) {
        drained.put(limit, key);
        while (limits.tryAcquire(limit, key).isEmpty()) {
            // spend the whole allowance
        }
    }

    private String newShopper() {
        String email = uniqueEmail("limited");
        accountService.registerShopper(new RegisterShopper(email, "限流", PASSWORD, true, false));
        return email;
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        BrowserSession browser = new BrowserSession();
        String csrf = BrowserSession.csrfToken(browser.get(baseUrl() + "/login").body());
        return browser.postForm(baseUrl() + "/login", Map.of("username", email, "password", password, "_csrf", csrf));
    }

    private HttpResponse<String> api(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", ""))
                .toList();
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void sign_in_from_an_address_that_tried_too_often_goes_back_to_the_login_page_saying_how_long_to_wait()
            throws Exception {
        String email = newShopper();
        drain(RateLimit.SIGN_IN_PER_ADDRESS, LOOPBACK);

        HttpResponse<String> refused = signIn(email, PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?error=rate-limited&wait=");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        limits.reset(RateLimit.SIGN_IN_PER_ADDRESS, LOOPBACK);
        assertThat(signIn(email, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/signed-in");
    }

    @Test
    void sign_in_for_an_account_tried_too_often_is_refused_even_with_the_right_password_while_others_sign_in()
            throws Exception {
        String guessed = newShopper();
        String other = newShopper();
        drain(RateLimit.SIGN_IN_PER_ACCOUNT, guessed);

        assertThat(signIn(guessed.toUpperCase(), PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/login?error=rate-limited");
        assertThat(signIn(other, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/signed-in");
    }

    @Test
    void registering_again_and_again_with_one_address_is_refused_with_a_message_and_no_account() {
        String email = uniqueEmail("flood");
        drain(RateLimit.REGISTRATION_PER_ACCOUNT, email);

        navigate("register");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("昵称")), "刷号");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("密码")), "花开富贵 2026");
        _setValue(_get(Checkbox.class, spec -> spec.withId("accept-privacy")), true);
        _click(_get(Button.class, spec -> spec.withText("注册")));

        assertThat(notifications()).anySatisfy(text -> assertThat(text).matches("操作过于频繁，请 [\\d,]+ 分钟后再试。"));
        assertThat(accountQueries.findByEmail(email)).isEmpty();
    }

    @Test
    void registrations_from_one_client_address_are_limited_and_other_addresses_still_register() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        drain(RateLimit.REGISTRATION_PER_ADDRESS, address);
        String email = uniqueEmail("same-ip");

        fromAddress(address);
        assertThatThrownBy(
                        () -> accountService.registerShopper(new RegisterShopper(email, "同一地址", PASSWORD, true, false)))
                .isInstanceOf(RateLimited.class);
        assertThat(accountQueries.findByEmail(email)).isEmpty();

        fromAddress("198.51.100.77");
        accountService.registerShopper(new RegisterShopper(email, "另一地址", PASSWORD, true, false));
        assertThat(accountQueries.findByEmail(email)).isPresent();
    }

    @Test
    void password_reset_requests_for_one_address_are_limited_with_the_same_answer_for_unknown_addresses() {
        String known = newShopper();
        String unknown = uniqueEmail("nobody");
        for (String email : new String[] {known, unknown}) {
            drain(RateLimit.PASSWORD_RESET_PER_ACCOUNT, email);
            navigate("forgot-password");
            _setValue(_get(EmailField.class, spec -> spec.withLabel("邮箱")), email);
            _click(_get(Button.class, spec -> spec.withText("发送重置链接")));

            assertThat(notifications()).anySatisfy(text -> assertThat(text).matches("操作过于频繁，请 [\\d,]+ 分钟后再试。"));
            assertThat(_get(Paragraph.class, spec -> spec.withId("reset-sent")).getText())
                    .isEmpty();
            limits.reset(RateLimit.PASSWORD_RESET_PER_ACCOUNT, email);
        }
    }

    @Test
    void password_reset_requests_from_one_client_address_are_limited() {
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        drain(RateLimit.PASSWORD_RESET_PER_ADDRESS, address);
        fromAddress(address);

        assertThatThrownBy(() -> resets.request(uniqueEmail("any"))).isInstanceOf(RateLimited.class);
    }

    @Test
    void public_api_reads_from_a_client_that_called_too_often_get_a_429_problem_with_retry_after() throws Exception {
        drain(RateLimit.API_PUBLIC_PER_CLIENT, LOOPBACK);

        HttpResponse<String> limited = api("/api/v1/categories", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(limited.body()).contains("urn:ks:problem:rate-limited", "Too many attempts", "retryAfterSeconds");
        limits.reset(RateLimit.API_PUBLIC_PER_CLIENT, LOOPBACK);
        assertThat(api("/api/v1/categories", null).statusCode()).isEqualTo(200);
    }

    @Test
    void calls_with_a_token_count_against_the_account_not_the_address() throws Exception {
        String busyEmail = uniqueEmail("busy-app");
        UUID busy = accountService.registerShopper(new RegisterShopper(busyEmail, "忙碌", PASSWORD, true, false));
        String busyToken = apiToken(linkToProvider(busyEmail));
        String otherEmail = newShopper();
        String otherToken = apiToken(linkToProvider(otherEmail));
        drain(RateLimit.API_PER_ACCOUNT, busy.toString());

        HttpResponse<String> limited = api("/api/v1/me", busyToken);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("urn:ks:problem:rate-limited");
        assertThat(api("/api/v1/me", otherToken).statusCode()).isEqualTo(200);
        assertThat(api("/api/v1/categories", null).statusCode()).isEqualTo(200);
    }
}
