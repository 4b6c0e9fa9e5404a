package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductImagesFieldTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_merchant_uploads_two_photos_makes_the_second_the_cover_and_a_disguised_file_is_refused() {
        actAs("merchant@ks.demo");
        String title = "上传图片测试 " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = testCatalog.draft(title, 2, 1200).id();
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        openImagesOf(title);

        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "front.jpg", "image/jpeg", ProductImagesTest.image("jpg", Color.RED));
        UploadKt._upload(upload, "back.png", "image/png", ProductImagesTest.image("png", Color.BLUE));
        UploadKt._upload(upload, "evil.jpg", "image/jpeg", "<script>".getBytes(StandardCharsets.UTF_8));

        assertThat(_find(Image.class, spec -> spec.withClasses("ks-gallery-thumb")))
                .hasSize(2)
                .allSatisfy(image -> assertThat(image.getSrc()).startsWith("media/products/"));
        _click(_get(Button.class, spec -> spec.withText("设为封面")));

        actAs("merchant@ks.demo");
        var images = products.myImages(id);
        assertThat(images).hasSize(2);
        assertThat(products.mine(0, 200).stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .coverImage())
                .isEqualTo(images.getFirst());
    }

    @SuppressWarnings("unchecked")
    static void openImagesOf(String title) {
        Grid<MerchantProduct> grid = _get(Grid.class);
        var rows = GridKt._fetch(grid, 0, 50);
        int row = rows.indexOf(
                rows.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, row, "images"));
    }
}
