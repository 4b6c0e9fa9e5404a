package com.ks.platform.web.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a crawler or a chat app's link preview reads, fetched with a plain HTTP client that runs no JavaScript: each
 * storefront page's own title, description, Open Graph tags, canonical URL and schema.org data in the first response;
 * a real robots.txt and sitemap.
 */
class CrawlerReadableTest extends KsIntegrationTest {

    private static final String PUBLIC_URL = "http://localhost:8080/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_product_page_names_the_product_its_price_and_shop_before_any_script_runs() throws Exception {
        ProductDetails product =
                catalog.product(catalog.listed(0, 1).getFirst().id()).orElseThrow();

        Document page = Jsoup.parse(get("/product/" + product.id()).body());

        assertThat(page.title())
                .startsWith(product.title())
                .contains(product.merchant().storeName());
        assertThat(page.select("meta[name=description]")).hasSize(1);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).contains(product.title());
        assertThat(meta(page, "og:title")).startsWith(product.title());
        assertThat(meta(page, "og:type")).isEqualTo("product");
        assertThat(meta(page, "og:url")).isEqualTo(PUBLIC_URL + "product/" + product.id());
        assertThat(meta(page, "og:image")).startsWith(PUBLIC_URL);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(PUBLIC_URL + "product/" + product.id());
        JsonNode data = JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
        assertThat(data.path("@type").asString()).isEqualTo("Product");
        assertThat(data.path("name").asString()).isEqualTo(product.title());
        assertThat(data.path("offers").path("priceCurrency").asString()).isEqualTo("CNY");
        assertThat(data.path("offers").path("lowPrice").asString())
                .isEqualTo(
                        java.math.BigDecimal.valueOf(product.minPriceFen(), 2).toPlainString());
        assertThat(data.path("offers").path("availability").asString()).startsWith("https://schema.org/");
        assertThat(page.selectFirst("noscript").text()).contains(product.title());
    }

    @Test
    void the_canonical_address_comes_from_configuration_not_from_the_host_header_a_client_sends() throws Exception {
        UUID id = catalog.listed(0, 1).getFirst().id();
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/product/" + id))
                .header("X-Forwarded-Host", "evil.example")
                .build();

        Document page = Jsoup.parse(
                http.send(forged, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC_URL + "product/" + id);
        assertThat(page.html()).doesNotContain("evil.example");
    }

    @Test
    void markup_in_a_product_title_stays_text_in_the_title_the_tags_and_the_structured_data() throws Exception {
        actAs("home@ks.demo");
        ProductDetails product = testCatalog.publish("</script><script>alert(1)</script> 台灯", 5, 10, 9_900);

        String html = get("/product/" + product.id()).body();
        Document page = Jsoup.parse(html);

        assertThat(page.select("script:containsData(alert(1))"))
                .allSatisfy(script -> assertThat(script.attr("type")).isEqualTo("application/ld+json"));
        assertThat(JSON.readTree(page.selectFirst("script[type=application/ld+json]")
                                .data())
                        .path("name")
                        .asString())
                .isEqualTo(product.title());
        assertThat(page.title()).startsWith(product.title());
    }

    @Test
    void a_shop_page_names_the_store_and_its_company_and_an_unknown_product_gets_no_product_data() throws Exception {
        ProductDetails product =
                catalog.product(catalog.listed(0, 1).getFirst().id()).orElseThrow();

        Document shop = Jsoup.parse(get("/shop/" + product.merchant().id()).body());
        Document unknown = Jsoup.parse(get("/product/" + UUID.randomUUID()).body());

        assertThat(shop.title()).startsWith(product.merchant().storeName());
        assertThat(meta(shop, "og:description")).contains(product.merchant().companyName());
        assertThat(JSON.readTree(shop.selectFirst("script[type=application/ld+json]")
                                .data())
                        .path("@type")
                        .asString())
                .isEqualTo("Store");
        assertThat(unknown.select("script[type=application/ld+json]")).isEmpty();
        assertThat(unknown.select("meta[property=og:type]")).isEmpty();
    }

    @Test
    void the_home_page_offers_the_site_search_to_crawlers() throws Exception {
        HttpResponse<String> home = get("/");

        Document page = Jsoup.parse(home.body());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PUBLIC_URL);
        JsonNode site = JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
        assertThat(site.path("@type").asString()).isEqualTo("WebSite");
        assertThat(site.path("potentialAction").path("target").asString())
                .isEqualTo(PUBLIC_URL + "search?q={search_term_string}");
    }

    @Test
    void robots_txt_is_plain_text_that_keeps_crawlers_out_of_the_consoles_and_names_the_sitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body())
                .contains("User-agent: *", "Disallow: /merchant", "Disallow: /api/", "Disallow: /account/")
                .contains("Sitemap: " + PUBLIC_URL + "sitemap.xml")
                .doesNotContain("<html");
    }

    @Test
    void the_sitemap_lists_every_product_on_sale_and_the_shops_and_not_a_withdrawn_product() throws Exception {
        actAs("home@ks.demo");
        ProductDetails withdrawn = testCatalog.publish("下架的落地灯", 5, 10, 19_900);
        testCatalog.unpublish(withdrawn.id());

        List<String> files = locations(get("/sitemap.xml").body());
        List<String> addresses = new ArrayList<>();
        for (String file : files) {
            HttpResponse<String> sitemap = get("/" + file.substring(PUBLIC_URL.length()));
            assertThat(sitemap.statusCode()).isEqualTo(200);
            addresses.addAll(locations(sitemap.body()));
        }

        assertThat(files).contains(PUBLIC_URL + "sitemap-pages.xml", PUBLIC_URL + "sitemap-products-1.xml");
        assertThat(addresses.stream().filter(a -> a.startsWith(PUBLIC_URL + "product/")))
                .hasSize(catalog.listedCount());
        assertThat(addresses)
                .contains(
                        PUBLIC_URL,
                        PUBLIC_URL + "shop/" + catalog.shopsWithProducts().getFirst());
        assertThat(addresses).doesNotContain(PUBLIC_URL + "product/" + withdrawn.id());
        assertThat(get("/sitemap-products-999.xml").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "zh-CN")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    /** The {@code <loc>} values of a sitemap or sitemap index, read by an XML parser (so the file must be valid XML). */
    private static List<String> locations(String xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = document.getElementsByTagName("loc");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
