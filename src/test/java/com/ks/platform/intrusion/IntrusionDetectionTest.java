package com.ks.platform.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestStaff;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.RuleViolated;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each attack pattern from its signals to its event, and what admins may do about it. Attackers arrive as
 * X-Forwarded-For from loopback (trusted in the test profile only) with documentation addresses (RFC 5737), one per
 * test, so no block touches another test.
 */
class IntrusionDetectionTest extends KsIntegrationTest {

    /** 203.0.113.0/24 (TEST-NET-3), one address per test of this class. */
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @Autowired
    IntrusionDetection detection;

    @Autowired
    SecurityEvents securityEvents;

    @Autowired
    BlockedSources blocked;

    @Autowired
    AuditTrail audit;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String newAddress() {
        return "203.0.113." + NEXT.getAndIncrement();
    }

    private HttpResponse<String> get(String address, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private SecurityEventSummary eventOf(String address) {
        actAs("admin@ks.demo");
        try {
            List<SecurityEventSummary> events = securityEvents.events(0, 200).stream()
                    .filter(event -> event.source().equals(address))
                    .toList();
            assertThat(events).hasSize(1);
            return events.getFirst();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_signed_out_scanner_probing_thirty_unknown_paths_is_refused_on_the_next_request() throws Exception {
        String address = newAddress();
        for (int probe = 0; probe < 10; probe++) {
            // signed out, the chains answer first: the login page for pages, 401 for the API; under a public folder
            // Vaadin's bootstrap page answers 200 and its not-found view follows in the browser — a scan nonetheless
            assertThat(get(address, "/backup-" + probe + ".zip").statusCode()).isEqualTo(302);
            assertThat(get(address, "/api/v2/admin-" + probe).statusCode()).isEqualTo(401);
            assertThat(get(address, "/images/old-logo-" + probe + ".php").statusCode())
                    .isEqualTo(200);
        }
        assertThat(get(address, "/api/v1/categories").statusCode()).isEqualTo(429);
        SecurityEventSummary event = eventOf(address);
        assertThat(event.pattern()).isEqualTo(AttackPattern.UNKNOWN_PATHS);
        assertThat(event.blocked()).isTrue();
        assertThat(event.detail()).isEqualTo("/images/old-logo-9.php");
    }

    @Test
    void signed_out_visitors_asking_for_pages_that_exist_are_no_scan() throws Exception {
        String address = newAddress();
        for (int visit = 0; visit < 40; visit++) {
            assertThat(get(address, "/orders").statusCode()).isEqualTo(302);
            assertThat(get(address, "/api/v1/orders").statusCode()).isEqualTo(401);
            assertThat(get(address, "/search").statusCode()).isEqualTo(200);
        }
        assertThat(blocked.blockedUntil(address)).isEmpty();
    }

    @Test
    void injection_like_query_parameters_are_recorded_by_name_and_kind_never_by_value() throws Exception {
        String address = newAddress();
        String payload = URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(get(address, "/api/v1/products?q=" + payload).statusCode())
                    .isNotEqualTo(429);
        }
        assertThat(get(address, "/search").statusCode()).isEqualTo(429);
        SecurityEventSummary event = eventOf(address);
        assertThat(event.pattern()).isEqualTo(AttackPattern.INJECTION_INPUT);
        assertThat(event.detail()).isEqualTo("q: sql-tautology");
    }

    @Test
    void injection_like_fields_in_an_api_json_body_are_recognised_by_field_name() throws Exception {
        String address = newAddress();
        String token = apiToken(linkToProvider(new TestStaff(context, this::actAs).shopper("json-probe")));
        SecurityContextHolder.clearContext();
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/addresses"))
                            .header("X-Forwarded-For", address)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"recipient\": \"<img src=x onerror=alert(1)>\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isBetween(400, 499);
        }
        assertThat(get(address, "/search").statusCode()).isEqualTo(429);
        SecurityEventSummary event = eventOf(address);
        assertThat(event.pattern()).isEqualTo(AttackPattern.INJECTION_INPUT);
        assertThat(event.detail()).isEqualTo("$.recipient: xss-handler");
    }

    @Test
    void repeated_authorization_failures_block_the_source_and_an_admin_lifts_it_with_a_reason_in_the_audit_trail()
            throws Exception {
        String address = newAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            detection.accessDenied(address, "/api/v1/merchant/orders");
        }
        assertThat(blocked.blockedUntil(address)).isPresent();
        assertThat(get(address, "/").statusCode()).isEqualTo(429);

        actAs("admin@ks.demo");
        BlockedSourceSummary block = securityEvents.activeBlocks().stream()
                .filter(b -> b.source().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(block.pattern()).isEqualTo(AttackPattern.AUTHORIZATION_FAILURES);
        assertThatThrownBy(() -> securityEvents.unblock(block.id(), "   "))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "intrusion.unblock.reasonRequired");
        assertThat(blocked.blockedUntil(address)).isPresent();

        securityEvents.unblock(block.id(), "our partner's office, confirmed by phone");

        assertThat(audit.historyOf("intrusion_block", block.id().toString()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("our partner's office, confirmed by phone"));
        assertThatThrownBy(() -> securityEvents.unblock(block.id(), "again"))
                .isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("messageKey", "intrusion.unblock.notActive");
        SecurityContextHolder.clearContext();
        assertThat(get(address, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void one_account_from_five_addresses_is_recorded_without_blocking_any_of_them() {
        UUID account = UUID.randomUUID();
        List<String> addresses = List.of(newAddress(), newAddress(), newAddress(), newAddress(), newAddress());
        addresses.forEach(address -> detection.signedIn(address, account));

        actAs("admin@ks.demo");
        SecurityEventSummary event = securityEvents.events(0, 200).stream()
                .filter(e -> account.equals(e.accountId()))
                .findFirst()
                .orElseThrow();
        assertThat(event.pattern()).isEqualTo(AttackPattern.MANY_ADDRESSES);
        assertThat(event.signalCount()).isEqualTo(5);
        assertThat(event.blocked()).isFalse();
        addresses.forEach(address -> assertThat(blocked.blockedUntil(address)).isEmpty());
    }

    @Test
    void the_host_itself_is_never_blocked_though_its_events_are_recorded() {
        for (int attempt = 0; attempt < 5; attempt++) {
            detection.inspect("::1", "q", "<script>alert(1)</script>");
        }
        assertThat(blocked.blockedUntil("::1")).isEmpty();
        actAs("admin@ks.demo");
        assertThat(securityEvents.events(0, 200)).anySatisfy(event -> {
            assertThat(event.source()).isEqualTo("::1");
            assertThat(event.pattern()).isEqualTo(AttackPattern.INJECTION_INPUT);
            assertThat(event.blocked()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"shopper@ks.demo", "merchant@ks.demo", "agent@ks.demo", "compliance@ks.demo"})
    void only_admins_see_security_events_and_lift_blocks(String email) {
        actAs(email);
        assertThatThrownBy(() -> securityEvents.events(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> securityEvents.activeBlocks()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> securityEvents.unblock(UUID.randomUUID(), "mine"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
