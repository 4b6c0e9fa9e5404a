package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.PlacedCheckout;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A payment's risk challenge (428) is answered over the API with the shopper's password, as the cashier page does. */
class RiskChallengeApiTest extends PaymentTestSupport {

    /** ¥10,000: a large order for an account younger than three days (ks.risk.new-account-*). */
    private static final long LARGE = 1_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_challenged_payment_starts_after_the_shopper_answers_with_their_password_and_not_before() throws Exception {
        ApiShopper api = apiShopper();
        PlacedCheckout large = place(api.email(), product("接口验证相机", LARGE), 1);
        String start = "{\"checkoutId\":\"" + large.checkoutId() + "\",\"method\":\"ALIPAY\"}";

        HttpResponse<String> challenged = postPayment(api, start);
        JsonNode problem = JSON.readTree(challenged.body());
        String answerPath = problem.get("answer").asString();
        HttpResponse<String> wrong = answer(api, answerPath, "not my password");
        HttpResponse<String> right = answer(api, answerPath, "good password 2026");
        String confirmation = JSON.readTree(right.body()).get("confirmation").asString();
        HttpResponse<String> started = postPayment(
                api,
                "{\"checkoutId\":\"" + large.checkoutId() + "\",\"method\":\"ALIPAY\",\"confirmation\":\""
                        + confirmation + "\"}");

        assertThat(challenged.statusCode()).isEqualTo(428);
        assertThat(answerPath)
                .isEqualTo("/api/v1/payments/challenges/"
                        + problem.get("assessmentId").asString() + "/answer");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("urn:ks:problem:error.risk.wrongPassword");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(repository.ofCheckout(large.checkoutId())).hasSize(1);
    }

    @Test
    void another_shopper_cannot_answer_someone_elses_challenge() throws Exception {
        ApiShopper owner = apiShopper();
        PlacedCheckout large = place(owner.email(), product("接口验证镜头", LARGE), 1);
        HttpResponse<String> challenged =
                postPayment(owner, "{\"checkoutId\":\"" + large.checkoutId() + "\",\"method\":\"ALIPAY\"}");
        String answerPath = JSON.readTree(challenged.body()).get("answer").asString();

        HttpResponse<String> stranger = answer(apiShopper(), answerPath, "good password 2026");

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(repository.ofCheckout(large.checkoutId())).isEmpty();
    }

    private HttpResponse<String> answer(ApiShopper shopper, String path, String password) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Authorization", "Bearer " + shopper.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
