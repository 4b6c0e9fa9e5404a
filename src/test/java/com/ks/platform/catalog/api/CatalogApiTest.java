package com.ks.platform.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.catalog.search.SearchService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The public catalog over real HTTP, without a token, as an app shows it before anyone signs in. */
class CatalogApiTest extends KsIntegrationTest {

    @Autowired
    TestCatalog catalog;

    @Autowired
    SearchService search;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private ProductDetails product(String title, int stock) {
        actAs("home@ks.demo");
        try {
            return catalog.publish(title, 10, stock, 2_500);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anyone_reads_the_category_tree() throws Exception {
        var categories = get("/api/v1/categories");

        assertThat(categories.statusCode()).isEqualTo(200);
        assertThat(categories.body()).contains("\"code\":\"DIGITAL\"", "\"children\":[");
    }

    @Test
    void a_search_finds_a_published_product_and_its_page_shows_skus_with_a_stock_state_not_a_count() throws Exception {
        String word = "接口目录" + UUID.randomUUID().toString().substring(0, 6);
        ProductDetails lamp = product(word + "台灯", 3);
        search.catchUp();

        var found = get("/api/v1/products?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&size=5");
        var detail = get("/api/v1/products/" + lamp.id());

        assertThat(found.statusCode()).isEqualTo(200);
        // the product holding the word comes first; semantic retrieval may add look-alikes after it
        assertThat(found.body()).startsWith("{\"items\":[{\"id\":\"" + lamp.id() + "\"");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains(lamp.skus().getFirst().id().toString(), "\"priceFen\":2500", "\"stock\":\"FEW_LEFT\"");
    }

    @Test
    void an_unknown_product_and_paging_too_deep_are_problems() throws Exception {
        var missing = get("/api/v1/products/" + UUID.randomUUID());
        var tooDeep = get("/api/v1/products?page=107374183&size=20");
        var tooLong = get("/api/v1/products?q=" + "a".repeat(101));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(tooDeep.statusCode()).isEqualTo(422);
        assertThat(tooDeep.body()).contains("urn:ks:problem:error.api.paging");
        assertThat(tooLong.statusCode()).isEqualTo(422);
    }
}
