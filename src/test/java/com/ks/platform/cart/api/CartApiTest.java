package com.ks.platform.cart.api;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** A shopper's cart through the API with a real bearer token: the storefront's rules, and only their own lines. */
class CartApiTest extends KsIntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestCatalog catalog;

    private String shopperToken() {
        String email = uniqueEmail("cart-api");
        accounts.registerShopper(new RegisterShopper(email, "购物车买家", "good password 2026", true, true));
        return apiToken(linkToProvider(email));
    }

    private UUID sku(int stock) {
        actAs("home@ks.demo");
        try {
            return catalog.publish("接口购物车杯", 5, stock, 1_200).skus().getFirst().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String lineIdIn(String cartJson) {
        Matcher line = Pattern.compile("\"id\":\"([^\"]+)\",\"productId\"").matcher(cartJson);
        assertThat(line.find()).as(cartJson).isTrue();
        return line.group(1);
    }

    @Test
    void a_shopper_adds_changes_and_removes_a_line_and_sees_the_total() throws Exception {
        String token = shopperToken();
        UUID sku = sku(20);

        var added = call("POST", "/api/v1/cart/lines", token, "{\"skuId\":\"%s\",\"quantity\":2}".formatted(sku));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains(sku.toString(), "\"quantity\":2");
        String lineId = lineIdIn(added.body());

        var changed = call("PATCH", "/api/v1/cart/lines/" + lineId, token, "{\"quantity\":3}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"quantity\":3");

        var tooMany = call("PATCH", "/api/v1/cart/lines/" + lineId, token, "{\"quantity\":6}");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("urn:ks:problem:error.cart.quantityRange");

        assertThat(call("DELETE", "/api/v1/cart/lines/" + lineId, token, null).statusCode())
                .isEqualTo(204);
        assertThat(call("GET", "/api/v1/cart", token, null).body()).doesNotContain(sku.toString());
    }

    @Test
    void another_shoppers_line_is_not_found() throws Exception {
        String owner = shopperToken();
        var added = call("POST", "/api/v1/cart/lines", owner, "{\"skuId\":\"%s\",\"quantity\":1}".formatted(sku(5)));
        String lineId = lineIdIn(added.body());

        var foreign = call("DELETE", "/api/v1/cart/lines/" + lineId, shopperToken(), null);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/cart", owner, null).body()).contains(lineId);
    }
}
