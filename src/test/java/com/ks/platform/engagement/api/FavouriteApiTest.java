package com.ks.platform.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Favourites (收藏) over the API with a real bearer token: adding twice keeps one, only products on sale. */
class FavouriteApiTest extends KsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AccountService accounts;

    @Autowired
    TestCatalog catalog;

    @Test
    void a_shopper_adds_a_product_twice_sees_it_once_and_removes_it() throws Exception {
        String token = shopperToken();
        UUID product = product();

        call("PUT", "/" + product, token, 204);
        call("PUT", "/" + product, token, 204);
        JsonNode favourites = JSON.readTree(call("GET", "", token, 200));
        call("DELETE", "/" + product, token, 204);
        JsonNode afterRemoval = JSON.readTree(call("GET", "", token, 200));

        assertThat(favourites.get("total").asInt()).isEqualTo(1);
        assertThat(favourites.at("/items/0/id").asString()).isEqualTo(product.toString());
        assertThat(afterRemoval.get("total").asInt()).isZero();
    }

    @Test
    void a_product_that_does_not_exist_cannot_become_a_favourite() throws Exception {
        String token = shopperToken();

        String refused = call("PUT", "/" + UUID.randomUUID(), token, 404);

        assertThat(refused).contains("urn:ks:problem:");
        assertThat(JSON.readTree(call("GET", "", token, 200)).get("total").asInt())
                .isZero();
    }

    @Test
    void paging_beyond_the_bound_is_a_problem_not_another_page() throws Exception {
        assertThat(call("GET", "?page=107374183&size=20", shopperToken(), 422)).contains("error.api.paging");
    }

    private UUID product() {
        actAs("home@ks.demo");
        try {
            return catalog.publish("接口收藏杯", 5, 10, 1_500).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String shopperToken() {
        String email = uniqueEmail("favourite-api");
        accounts.registerShopper(new RegisterShopper(email, "收藏买家", "good password 2026", true, true));
        return apiToken(linkToProvider(email));
    }

    private String call(String method, String path, String token, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/favourites" + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }
}
