package com.ks.platform.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The address book over the API with a real bearer token, under the storefront's rules and only one's own. */
class AddressApiTest extends KsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HANGZHOU =
            "\"provinceCode\":\"330000\",\"cityCode\":\"330100\",\"districtCode\":\"330106\"";

    @Autowired
    AccountService accounts;

    @Test
    void a_shopper_adds_changes_chooses_the_default_and_removes_addresses() throws Exception {
        String token = shopperToken();

        JsonNode first = JSON.readTree(call("POST", "", token, address("张三", "13800138000", "文三路 90 号"), 201));
        JsonNode second = JSON.readTree(call("POST", "", token, address("李四", "139 1234 5678", "西溪路 1 号"), 201));
        call("POST", "/" + second.get("id").asString() + "/default", token, null, 200);
        JsonNode changed = JSON.readTree(
                call("PUT", "/" + first.get("id").asString(), token, address("张三", "13800138000", "文三路 100 号"), 200));
        JsonNode afterDefaultChosen = JSON.readTree(call("GET", "", token, null, 200));
        call("DELETE", "/" + second.get("id").asString(), token, null, 204);
        JsonNode afterRemoval = JSON.readTree(call("GET", "", token, null, 200));

        assertThat(first.get("isDefault").asBoolean())
                .as("the first address is the default")
                .isTrue();
        assertThat(second.get("mobile").asString()).isEqualTo("13912345678");
        assertThat(second.get("districtName").asString()).isEqualTo("西湖区");
        assertThat(changed.get("detail").asString()).isEqualTo("文三路 100 号");
        assertThat(afterDefaultChosen).hasSize(2);
        assertThat(afterDefaultChosen.get(0).get("id").asString())
                .isEqualTo(second.get("id").asString());
        assertThat(afterRemoval).hasSize(1);
        assertThat(afterRemoval.get(0).get("isDefault").asBoolean())
                .as("removing the default makes the remaining one the default")
                .isTrue();
    }

    @Test
    void an_invalid_address_is_a_problem_naming_each_field_at_fault_and_nothing_is_stored() throws Exception {
        String token = shopperToken();

        String refused = call("POST", "", token, address("", "12345", "短"), 400);

        assertThat(JSON.readTree(refused).get("errors").propertyNames()).contains("recipient", "mobile", "detail");
        assertThat(JSON.readTree(call("GET", "", token, null, 200))).isEmpty();
    }

    @Test
    void another_shoppers_address_cannot_be_read_changed_or_removed_by_its_id() throws Exception {
        String owner = shopperToken();
        String stranger = shopperToken();
        String id = JSON.readTree(call("POST", "", owner, address("张三", "13800138000", "文三路 90 号"), 201))
                .get("id")
                .asString();

        call("PUT", "/" + id, stranger, address("坏人", "13800138000", "别人的地址 1 号"), 404);
        call("DELETE", "/" + id, stranger, null, 404);
        call("POST", "/" + id + "/default", stranger, null, 404);

        JsonNode ownersBook = JSON.readTree(call("GET", "", owner, null, 200));
        assertThat(ownersBook).hasSize(1);
        assertThat(ownersBook.get(0).get("recipient").asString()).isEqualTo("张三");
    }

    private static String address(String recipient, String mobile, String detail) {
        return "{\"recipient\":\"" + recipient + "\",\"mobile\":\"" + mobile + "\"," + HANGZHOU + ",\"detail\":\""
                + detail + "\",\"makeDefault\":false}";
    }

    private String shopperToken() {
        String email = uniqueEmail("address-api");
        accounts.registerShopper(new RegisterShopper(email, "地址簿买家", "good password 2026", true, true));
        return apiToken(linkToProvider(email));
    }

    private String call(String method, String path, String token, String json, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/addresses" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }
}
