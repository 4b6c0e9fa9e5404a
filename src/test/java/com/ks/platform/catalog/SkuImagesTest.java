package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.awt.Color;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SkuImagesTest extends KsIntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    SkuOffers offers;

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_sku_shows_its_own_uploaded_picture_and_the_other_skus_the_cover() {
        actAs("merchant@ks.demo");
        ProductDetails product = twoSkus();
        String front = products.addImage(product.id(), "front.png", ProductImagesTest.image("png", Color.RED));
        String side = products.addImage(product.id(), "side.png", ProductImagesTest.image("png", Color.BLUE));
        Sku first = product.skus().get(0);
        Sku second = product.skus().get(1);

        products.setSkuImage(second.id(), side);

        assertThat(imageOf(product.id(), second.id())).isEqualTo(side);
        assertThat(offers.find(second.id()).orElseThrow().imageRef()).isEqualTo(side);
        assertThat(offers.find(first.id()).orElseThrow().imageRef()).isEqualTo(front);

        products.setSkuImage(second.id(), null);
        assertThat(offers.find(second.id()).orElseThrow().imageRef()).isEqualTo(front);
    }

    @Test
    void another_products_or_another_merchants_picture_is_refused_and_nothing_is_written() {
        actAs("home@ks.demo");
        ProductDetails foreignProduct = twoSkus();
        String foreign = products.addImage(foreignProduct.id(), "h.png", ProductImagesTest.image("png", Color.GRAY));

        actAs("merchant@ks.demo");
        ProductDetails product = twoSkus();
        ProductDetails sibling = twoSkus();
        String own = products.addImage(product.id(), "a.png", ProductImagesTest.image("png", Color.RED));
        String siblings = products.addImage(sibling.id(), "b.png", ProductImagesTest.image("png", Color.GREEN));
        Sku sku = product.skus().getFirst();
        products.setSkuImage(sku.id(), own);

        assertThatThrownBy(() -> products.setSkuImage(sku.id(), siblings)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.setSkuImage(sku.id(), foreign)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.setSkuImage(sku.id(), "art:PHONE:1f2937"))
                .isInstanceOf(NotFound.class);
        assertThat(imageOf(product.id(), sku.id())).isEqualTo(own);

        actAs("home@ks.demo");
        assertThatThrownBy(() -> products.setSkuImage(sku.id(), foreign)).isInstanceOf(NotFound.class);
        actAs("merchant@ks.demo");
        assertThat(imageOf(product.id(), sku.id())).isEqualTo(own);
    }

    @Test
    void removing_a_picture_clears_the_skus_that_showed_it() {
        actAs("merchant@ks.demo");
        ProductDetails product = twoSkus();
        String front = products.addImage(product.id(), "front.png", ProductImagesTest.image("png", Color.RED));
        String side = products.addImage(product.id(), "side.png", ProductImagesTest.image("png", Color.BLUE));
        Sku sku = product.skus().get(1);
        products.setSkuImage(sku.id(), side);

        products.removeImage(product.id(), side);

        assertThat(imageOf(product.id(), sku.id())).isNull();
        assertThat(offers.find(sku.id()).orElseThrow().imageRef()).isEqualTo(front);
    }

    @Test
    void a_new_product_may_not_name_an_upload_or_give_a_sku_a_picture_that_is_not_its_own() {
        actAs("merchant@ks.demo");
        int before = products.countMine();
        String drawing = ProductArt.ref("BOOK", "1f2937");
        String stranger = "media:" + UUID.randomUUID();

        assertThatThrownBy(() -> products.create(product(List.of(drawing), stranger)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("skus", "error.sku.image"));
        assertThatThrownBy(() -> products.create(product(List.of(stranger), stranger)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        refused -> assertThat(refused.fieldErrors()).containsEntry("images", "error.product.images"));
        assertThat(products.countMine()).isEqualTo(before);
    }

    private ProductDetails twoSkus() {
        return testCatalog.publishIn(
                "STATIONERY", "规格图片 " + UUID.randomUUID().toString().substring(0, 6), 5, 10, 1000, 2000);
    }

    private String imageOf(UUID productId, UUID skuId) {
        return products.mySkus(productId).stream()
                .filter(s -> s.id().equals(skuId))
                .findFirst()
                .orElseThrow()
                .imageRef();
    }

    private static NewProduct product(List<String> images, String skuImage) {
        return new NewProduct(
                "STATIONERY",
                "规格图片校验",
                null,
                null,
                null,
                images,
                null,
                null,
                List.of(new NewProduct.NewSku(
                        "V" + UUID.randomUUID().toString().substring(24), null, null, 100, 1, skuImage)),
                5,
                true,
                null,
                true);
    }
}
