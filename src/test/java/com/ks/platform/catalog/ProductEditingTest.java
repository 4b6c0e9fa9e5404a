package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductEditingTest extends KsIntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    SearchService search;

    @Autowired
    DSLContext db;

    @Autowired
    TestCatalog testCatalog;

    @Test
    void a_merchant_changes_title_price_and_stock_and_shoppers_and_search_see_the_new_values() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("编辑测试 商品");
        String code = unique();
        EditableProduct saved = products.editable(id);
        assertThat(saved.product().skus()).hasSize(4);

        products.update(
                id,
                edited(
                        saved,
                        "编辑后 新标题 " + code,
                        sku -> sku.specLabel().equals("红色 / M") ? withPriceAndStock(sku, 15_900, 30) : sku));

        ProductDetails shown = catalog.product(id).orElseThrow();
        assertThat(shown.title()).isEqualTo("编辑后 新标题 " + code);
        assertThat(shown.skus())
                .filteredOn(s -> "红色".equals(s.spec1Value()) && "M".equals(s.spec2Value()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.priceFen()).isEqualTo(15_900);
                    assertThat(s.stock()).isEqualTo(30);
                });
        assertThat(shown.maxPriceFen()).isEqualTo(15_900);
        search.catchUp();
        assertThat(search.search(SearchQuery.of(code)).hits())
                .extracting(ProductCard::id)
                .contains(id);
    }

    @Test
    void another_merchants_product_is_not_found_and_stays_as_it_was() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("他人商品");
        EditableProduct saved = products.editable(id);
        actAs("home@ks.demo");
        assertThatThrownBy(() -> products.editable(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.update(id, edited(saved, "被改了", UnaryOperator.identity())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.setColourImage(id, "红色", null)).isInstanceOf(NotFound.class);
        actAs("merchant@ks.demo");
        assertThat(products.editable(id).product().title()).isEqualTo("他人商品");
    }

    @Test
    void a_removed_spec_goes_off_sale_without_being_deleted_and_comes_back_as_the_same_sku() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("停售规格");
        EditableProduct saved = products.editable(id);
        UUID blueS = skuId(id, "蓝色", "S");
        List<NewProduct.NewSku> withoutBlue = saved.product().skus().stream()
                .filter(sku -> !"蓝色".equals(sku.spec1Value()))
                .toList();

        List<String> retired = products.update(id, withSkus(saved.product(), withoutBlue));

        assertThat(retired).containsExactlyInAnyOrder("蓝色 / S", "蓝色 / M");
        assertThat(catalog.product(id).orElseThrow().spec1Values()).containsExactly("红色");
        assertThat(db.fetchExists(CATALOG_SKU, CATALOG_SKU.ID.eq(blueS))).isTrue();
        assertThat(products.editable(id).retiredSkus()).hasSize(2);

        List<NewProduct.NewSku> again = new ArrayList<>(withoutBlue);
        again.addAll(products.editable(id).retiredSkus());
        again.add(new NewProduct.NewSku(unique(), "绿色", "S", 8_800, 3, null));
        assertThat(products.update(id, withSkus(saved.product(), again))).isEmpty();
        assertThat(skuId(id, "蓝色", "S")).isEqualTo(blueS);
        assertThat(catalog.product(id).orElseThrow().skus()).hasSize(5);
    }

    @Test
    void units_sold_while_the_editor_was_open_are_not_typed_back() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("库存并发");
        EditableProduct saved = products.editable(id);
        UUID redS = skuId(id, "红色", "S");
        products.adjustStock(redS, -4, StockAdjustmentReason.LOSS, null);

        products.update(
                id,
                edited(
                        saved,
                        "库存并发",
                        sku -> sku.specLabel().equals("红色 / S")
                                ? withPriceAndStock(sku, sku.priceFen(), sku.stock() + 10)
                                : sku));

        assertThat(stockOf(redS)).as("10 before, 4 lost meanwhile, 10 added").isEqualTo(16);
        assertThat(stockOf(skuId(id, "红色", "M")))
                .as("an untouched row keeps its stock")
                .isEqualTo(10);
    }

    @Test
    void an_invalid_edit_changes_nothing() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("原标题");
        EditableProduct saved = products.editable(id);
        assertThatThrownBy(() ->
                        products.update(id, edited(saved, "新标题", sku -> withPriceAndStock(sku, -1, sku.stock()))))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.fieldErrors()).containsEntry("skus", "error.sku.price"));
        assertThat(products.editable(id).product().title()).isEqualTo("原标题");
    }

    @Test
    void a_picture_chosen_for_a_colour_is_every_size_of_that_colour() {
        actAs("merchant@ks.demo");
        UUID id = twoByTwo("按颜色配图");
        String red = products.addImage(id, "red.png", ProductImagesTest.image("png", Color.RED));
        products.setColourImage(id, "红色", red);
        assertThat(products.editable(id).product().skus())
                .filteredOn(sku -> "红色".equals(sku.spec1Value()))
                .extracting(NewProduct.NewSku::imageRef)
                .containsOnly(red);
        assertThat(products.editable(id).product().skus())
                .filteredOn(sku -> "蓝色".equals(sku.spec1Value()))
                .extracting(NewProduct.NewSku::imageRef)
                .doesNotContain(red);

        EditableProduct saved = products.editable(id);
        List<NewProduct.NewSku> withL = new ArrayList<>(saved.product().skus());
        withL.add(new NewProduct.NewSku(unique(), "红色", "L", 9_900, 2, null));
        products.update(id, withSkus(saved.product(), withL));
        assertThat(products.editable(id).product().skus())
                .filteredOn(sku -> "L".equals(sku.spec2Value()))
                .extracting(NewProduct.NewSku::imageRef)
                .as("a new size of red shows red's picture")
                .containsExactly(red);
    }

    @Test
    void a_merchant_is_offered_the_categories_of_its_business_category() {
        actAs("merchant@ks.demo");
        assertThat(products.categoryGroups(null)).extracting(Category::code).containsExactly("DIGITAL");
        assertThat(products.categoryGroups("KITCHENWARE"))
                .extracting(Category::code)
                .containsExactly("DIGITAL", "HOME");
    }

    private UUID twoByTwo(String title) {
        return testCatalog.twoByTwo(title);
    }

    private static NewProduct edited(EditableProduct saved, String title, UnaryOperator<NewProduct.NewSku> change) {
        NewProduct p = saved.product();
        return copy(p, title, p.skus().stream().map(change).toList());
    }

    private static NewProduct withSkus(NewProduct p, List<NewProduct.NewSku> skus) {
        return copy(p, p.title(), skus);
    }

    private static NewProduct copy(NewProduct p, String title, List<NewProduct.NewSku> skus) {
        return new NewProduct(
                p.categoryCode(),
                title,
                p.subtitle(),
                p.brand(),
                p.descriptionHtml(),
                p.images(),
                p.spec1Name(),
                p.spec2Name(),
                skus,
                p.perOrderLimit(),
                p.returnable7d(),
                p.returnExclusion(),
                p.freeShipping());
    }

    private static NewProduct.NewSku withPriceAndStock(NewProduct.NewSku sku, long priceFen, int stock) {
        return new NewProduct.NewSku(
                sku.skuCode(), sku.spec1Value(), sku.spec2Value(), priceFen, stock, sku.imageRef(), sku.stockSeen());
    }

    private UUID skuId(UUID productId, String colour, String size) {
        return db.select(CATALOG_SKU.ID)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.SPEC1_VALUE.eq(colour))
                .and(CATALOG_SKU.SPEC2_VALUE.eq(size))
                .fetchOne(CATALOG_SKU.ID);
    }

    private int stockOf(UUID skuId) {
        return db.select(CATALOG_SKU.STOCK)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.ID.eq(skuId))
                .fetchOne(CATALOG_SKU.STOCK);
    }

    private static String unique() {
        return "E"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
