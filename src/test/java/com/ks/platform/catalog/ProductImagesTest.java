package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductImagesTest extends KsIntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_jpg_and_a_png_are_accepted_and_the_first_upload_becomes_the_cover() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        String jpg = products.addImage(id, "photo.jpg", image("jpg", Color.RED));
        String png = products.addImage(id, "photo.png", image("png", Color.BLUE));

        assertThat(products.myImages(id)).containsExactly(jpg, png);
        assertThat(cover(id)).isEqualTo(jpg);
        assertThat(ProductArt.url(jpg, "x")).isEqualTo("media/products/" + jpg.substring("media:".length()));
    }

    @Test
    void the_file_name_is_never_trusted_a_text_file_named_jpg_is_refused() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        byte[] text = "not a picture at all".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> products.addImage(id, "x.jpg", text))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("file", "error.productImage.type"));
        assertThat(products.myImages(id)).isEmpty();
    }

    @Test
    void a_picture_larger_than_5_mb_is_refused() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        byte[] png = image("png", Color.GREEN);
        byte[] huge = Arrays.copyOf(png, ProductService.MAX_IMAGE_BYTES + 1);

        assertThatThrownBy(() -> products.addImage(id, "big.png", huge))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused ->
                                assertThat(refused.fieldErrors()).containsEntry("file", "error.productImage.tooLarge"));
    }

    @Test
    void a_ninth_picture_is_refused() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        byte[] png = image("png", Color.ORANGE);
        for (int i = 0; i < ProductService.MAX_IMAGES; i++) {
            products.addImage(id, "p.png", png);
        }

        assertThatThrownBy(() -> products.addImage(id, "p.png", png))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused ->
                                assertThat(refused.fieldErrors()).containsEntry("file", "error.productImage.tooMany"));
        assertThat(products.myImages(id)).hasSize(ProductService.MAX_IMAGES);
    }

    @Test
    void another_merchants_product_answers_not_found() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        String ref = products.addImage(id, "p.png", image("png", Color.CYAN));

        actAs("home@ks.demo");
        assertThatThrownBy(() -> products.addImage(id, "p.png", image("png", Color.CYAN)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.removeImage(id, ref)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.makeCover(id, ref)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.myImages(id)).isInstanceOf(NotFound.class);
    }

    @Test
    void making_a_cover_reorders_and_removing_every_upload_brings_the_drawing_back() {
        actAs("merchant@ks.demo");
        UUID id = draft();
        String drawing = cover(id);
        String first = products.addImage(id, "a.png", image("png", Color.RED));
        String second = products.addImage(id, "b.png", image("png", Color.BLUE));
        String third = products.addImage(id, "c.jpg", image("jpg", Color.GREEN));

        products.makeCover(id, third);
        assertThat(products.myImages(id)).containsExactly(third, first, second);
        assertThat(cover(id)).isEqualTo(third);

        products.moveImage(id, third, 99);
        assertThat(products.myImages(id)).containsExactly(first, second, third);
        assertThat(cover(id)).isEqualTo(first);

        products.publish(id);
        assertThat(catalog.product(id).orElseThrow().images()).containsExactly(first, second, third);
        assertThat(catalog.cards(List.of(id)).getFirst().coverImage()).isEqualTo(first);
        products.unpublish(id);

        for (String ref : List.of(first, second, third)) {
            products.removeImage(id, ref);
        }
        assertThat(products.myImages(id)).isEmpty();
        assertThat(cover(id)).isEqualTo(drawing);
    }

    @Test
    void an_uploaded_picture_is_served_with_its_sniffed_type_and_unknown_keys_answer_404() throws Exception {
        actAs("merchant@ks.demo");
        UUID id = draft();
        byte[] png = image("png", Color.MAGENTA);
        String ref = products.addImage(id, "renamed.jpg", png);
        String key = ref.substring("media:".length());

        HttpResponse<byte[]> served = get("/media/products/" + key);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        cache -> assertThat(cache).contains("max-age=31536000").contains("immutable"));
        assertThat(served.body()).isEqualTo(png);

        assertThat(get("/media/products/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(get("/media/products/not-a-key").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private UUID draft() {
        return testCatalog
                .draft("图片测试 " + UUID.randomUUID().toString().substring(0, 6), 3, 990)
                .id();
    }

    private String cover(UUID id) {
        return products.mine(0, 200).stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow()
                .coverImage();
    }

    /** A tiny, real picture, so the service sees what a camera or editor writes. */
    static byte[] image(String format, Color colour) {
        BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 4, 4);
        graphics.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
