package com.ks.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A passkey answer counts only for the challenge this browser session was given (issue 20, "expired passkey
 * challenges"): the challenge lives in the session, so an answer after the session expired, or one replayed from
 * another session, finds none and signs nobody in.
 */
class PasskeyChallengeTest extends KsIntegrationTest {

    private static final String ANSWER = """
            {"id":"AAAA","rawId":"AAAA","credType":"public-key","response":{"authenticatorData":"AAAA",\
            "clientDataJSON":"e30","signature":"AAAA","userHandle":"AAAA"},"clientExtensionResults":{},\
            "authenticatorAttachment":"platform"}""";

    @Test
    void an_answer_to_a_challenge_of_another_or_an_expired_session_is_refused_and_signs_nobody_in() throws Exception {
        BrowserSession asked = new BrowserSession();
        String askedToken =
                BrowserSession.csrfToken(asked.get(baseUrl() + "/login").body());
        assertThat(asked.postJson(baseUrl() + "/webauthn/authenticate/options", "X-CSRF-TOKEN", askedToken, "")
                        .statusCode())
                .isEqualTo(200);

        BrowserSession replaying = new BrowserSession();
        String token =
                BrowserSession.csrfToken(replaying.get(baseUrl() + "/login").body());
        HttpResponse<String> refused = replaying.postJson(baseUrl() + "/login/webauthn", "X-CSRF-TOKEN", token, ANSWER);

        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> page = replaying.follow(replaying.get(baseUrl() + "/account/security"));
        assertThat(page.uri().getPath()).isEqualTo("/login");
    }
}
