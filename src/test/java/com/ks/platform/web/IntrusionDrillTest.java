package com.ks.platform.web;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.intrusion.AttackPattern;
import com.ks.platform.intrusion.SecurityEventSummary;
import com.ks.platform.intrusion.SecurityEvents;
import com.ks.platform.intrusion.ui.SecurityView;
import com.ks.platform.notification.NotificationService;
import com.vaadin.flow.component.grid.Grid;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incident drill of docs/security.md (issue 20, seed 4.1.2), over real HTTP: an attacker tries one password on ten
 * accounts from one address → a security event → the address is refused on its next request, pages and API alike,
 * while the health probe and everybody else go on → the admin finds the alert in the message centre and the source
 * on the security page, and lifts the block with a reason. The attacker's address arrives as X-Forwarded-For from
 * loopback (trusted in the test profile only), a documentation address (RFC 5737) no other test uses.
 */
class IntrusionDrillTest extends KaribuTest {

    @Autowired
    SecurityEvents securityEvents;

    @Autowired
    NotificationService notifications;

    private final HttpClient attacker = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static String documentationAddress() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private HttpResponse<String> get(String address, String path, String language) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("X-Forwarded-For", address);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return attacker.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String address, String email) throws Exception {
        String page = get(address, "/login", null).body();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=guess-123456&_csrf="
                + URLEncoder.encode(BrowserSession.csrfToken(page), StandardCharsets.UTF_8);
        return attacker.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_password_spray_from_one_address_is_detected_blocked_and_shown_to_the_admin_who_can_lift_it()
            throws Exception {
        String address = documentationAddress();
        for (int account = 0; account < 10; account++) {
            HttpResponse<String> attempt = signIn(address, uniqueEmail("sprayed"));
            assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }

        HttpResponse<String> page = get(address, "/", "en");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                .isBetween(1L, 30L * 60);
        assertThat(page.body()).contains("Access blocked for now").contains("Try again in about 30 minutes");
        assertThat(get(address, "/", null).body()).contains("访问已被暂时阻止");
        HttpResponse<String> api = get(address, "/api/v1/categories", "en");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("urn:ks:problem:source-blocked").contains("retryAfterSeconds");
        assertThat(get(address, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get(documentationAddress().replace("198.51.100.", "192.0.2."), "/", null)
                        .statusCode())
                .isEqualTo(200);

        signInAs("admin@ks.demo");
        assertThat(notifications.myNotices(0, 20)).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo("notice.security.sourceBlocked");
            assertThat(notice.params()).containsExactly(address, "30");
            assertThat(notice.link()).isEqualTo("admin/security");
        });
        SecurityEventSummary event = securityEvents.events(0, 50).stream()
                .filter(e -> e.source().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(event.pattern()).isEqualTo(AttackPattern.FAILED_SIGN_INS);
        assertThat(event.signalCount()).isEqualTo(10);
        assertThat(event.blocked()).isTrue();

        navigate("admin/security");
        @SuppressWarnings("unchecked")
        Grid<com.ks.platform.intrusion.BlockedSourceSummary> blocks = _find(Grid.class).stream()
                .filter(grid -> grid.isVisible())
                .findFirst()
                .orElseThrow();
        assertThat(_find(SecurityView.class)).hasSize(1);
        var block = securityEvents.activeBlocks().stream()
                .filter(b -> b.source().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(blocks.getGenericDataView().getItems()).contains(block);

        securityEvents.unblock(block.id(), "drill over");
        assertThat(get(address, "/", null).statusCode()).isEqualTo(200);
    }
}
