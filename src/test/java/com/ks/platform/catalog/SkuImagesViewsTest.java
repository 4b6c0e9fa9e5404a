package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.awt.Color;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SkuImagesViewsTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Autowired
    TestCatalog testCatalog;

    @Test
    @SuppressWarnings("unchecked")
    void a_merchant_picks_an_uploaded_picture_for_one_sku_in_the_pictures_dialog() {
        actAs("merchant@ks.demo");
        String title = "规格选图 " + UUID.randomUUID().toString().substring(0, 6);
        ProductDetails product = testCatalog.publishIn("STATIONERY", title, 5, 10, 1000, 2000);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        ProductImagesFieldTest.openImagesOf(title);

        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Select.class)).isEmpty();
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "front.png", "image/png", ProductImagesTest.image("png", Color.RED));
        UploadKt._upload(upload, "side.png", "image/png", ProductImagesTest.image("png", Color.BLUE));

        List<Select<String>> choosers = (List<Select<String>>) (List<?>) _find(dialog, Select.class);
        assertThat(choosers).hasSize(2);
        assertThat(choosers)
                .allSatisfy(chooser -> assertThat(chooser.getValue()).isEmpty());
        Select<String> second = choosers.stream()
                .filter(c -> c.getLabel().startsWith("款式2"))
                .findFirst()
                .orElseThrow();
        String side = products.myImages(product.id()).get(1);
        second.setValue(side);

        assertThat(products.mySkus(product.id()).get(1).imageRef()).isEqualTo(side);
        assertThat(products.mySkus(product.id()).get(0).imageRef()).isNotEqualTo(side);
    }

    @Test
    void the_product_page_shows_the_chosen_specs_own_picture_and_the_cover_for_the_others() {
        actAs("merchant@ks.demo");
        ProductDetails product = testCatalog.publishIn(
                "STATIONERY", "规格主图 " + UUID.randomUUID().toString().substring(0, 6), 5, 10, 1000, 2000);
        String front = products.addImage(product.id(), "front.png", ProductImagesTest.image("png", Color.RED));
        String side = products.addImage(product.id(), "side.png", ProductImagesTest.image("png", Color.BLUE));
        products.setSkuImage(product.skus().get(1).id(), side);
        signInAs("shopper@ks.demo");
        navigate("product/" + product.id());

        assertThat(mainImage()).isEqualTo(ProductArt.url(front, ""));
        _click(_get(Button.class, spec -> spec.withText("款式2")));
        assertThat(mainImage()).isEqualTo(ProductArt.url(side, ""));
        _click(_get(Button.class, spec -> spec.withText("款式1")));
        assertThat(mainImage()).isEqualTo(ProductArt.url(front, ""));
    }

    private static String mainImage() {
        return _get(Image.class, spec -> spec.withClasses("ks-gallery-main")).getSrc();
    }
}
