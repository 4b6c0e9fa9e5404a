package com.ks.platform.ordering.api;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.AddressForm;
import com.ks.platform.identity.AddressService;
import com.ks.platform.identity.ExternalLoginService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderTab;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Shoppers with real bearer tokens from the test provider and their calls to the order API over real HTTP. */
abstract class OrderApiTestSupport extends KsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ExternalLoginService externalLogins;

    @Autowired
    AddressService addresses;

    @Autowired
    AccountService accounts;

    @Autowired
    OrderQueries orders;

    @Autowired
    TestCatalog catalog;

    /** A shopper who linked the test provider (verified e-mail) and has a default address. */
    ApiShopper newApiShopper() {
        String subject = "api-order-" + UUID.randomUUID();
        String email = uniqueEmail("api-order");
        accounts.registerShopper(new RegisterShopper(email, "接口买家", "good password 2026", true, true));
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken(
                "id-token",
                now,
                now.plusSeconds(600),
                Map.of("iss", issuer(), "sub", subject, "email", email, "email_verified", true, "name", "接口买家"));
        externalLogins.signIn(new DefaultOidcUser(List.of(), idToken));
        actAs(email);
        UUID address = addresses
                .add(new AddressForm("李四", "13700001111", "110000", "110100", "110101", "东长安街 1 号 101 室", true))
                .id();
        SecurityContextHolder.clearContext();
        String token = apiToken(subject);
        return new ApiShopper(token, email, address);
    }

    record ApiShopper(String token, String email, UUID addressId) {}

    ProductDetails product(String title, int stock, long priceFen) {
        actAs("home@ks.demo");
        try {
            return catalog.publish(title, 10, stock, priceFen);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    HttpResponse<String> call(String method, String path, String token, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Accept-Language", "zh-CN")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String placeJson(UUID skuId, int quantity, Long expectedPrice, UUID addressId) {
        return """
                {"items":[{"skuId":"%s","quantity":%d%s}],"addressId":"%s","delivery":"STANDARD","paymentMethod":"ALIPAY"}
                """.formatted(
                skuId, quantity, expectedPrice == null ? "" : ",\"expectedUnitPriceFen\":" + expectedPrice, addressId);
    }

    int ordersOf(ApiShopper shopper) {
        actAs(shopper.email());
        try {
            return orders.countMine(OrderTab.ALL);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
