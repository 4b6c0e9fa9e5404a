package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class ProductServiceTest extends KsIntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    SearchService search;

    @Autowired
    CatalogRepository repository;

    @Test
    void a_merchant_creates_and_publishes_a_product_that_shoppers_then_find() {
        actAs("merchant@ks.demo");
        String code = unique();
        UUID id = products.create(product("测试 旗舰蓝牙音箱 " + code, code, 19900, 10));
        assertThat(catalog.product(id)).as("a draft is not visible").isEmpty();
        products.publish(id);
        assertThat(catalog.product(id)).get().extracting(ProductDetails::title).isEqualTo("测试 旗舰蓝牙音箱 " + code);
        search.catchUp();
        assertThat(search.search(SearchQuery.of(code)).hits())
                .extracting(ProductCard::id)
                .contains(id);
        products.unpublish(id);
        search.catchUp();
        assertThat(search.search(SearchQuery.of(code)).hits())
                .extracting(ProductCard::id)
                .doesNotContain(id);
    }

    @Test
    void negative_prices_negative_stock_and_duplicate_sku_codes_are_refused_and_nothing_is_stored() {
        actAs("merchant@ks.demo");
        String code = unique();
        int before = repository.countProducts();
        assertThatThrownBy(() -> products.create(product("负价格 " + code, code, -1, 5)))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.fieldErrors()).containsEntry("skus", "error.sku.price"));
        assertThatThrownBy(() -> products.create(product("负库存 " + code, code, 100, -5)))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.fieldErrors()).containsEntry("skus", "error.sku.stock"));
        NewProduct twice = new NewProduct(
                "STATIONERY", // not a category the search-relevance queries ask for
                "重复编码 " + code,
                null,
                null,
                null,
                List.of(ProductArt.ref("AUDIO", "111827")),
                "颜色",
                null,
                List.of(
                        new NewProduct.NewSku(code, "黑", null, 100, 1, null),
                        new NewProduct.NewSku(code, "白", null, 100, 1, null)),
                5,
                true,
                null,
                true);
        assertThatThrownBy(() -> products.create(twice))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("skus", "error.sku.duplicateCode"));
        assertThat(repository.countProducts()).isEqualTo(before);
    }

    @Test
    void an_item_without_seven_day_returns_must_name_the_legal_reason() {
        actAs("merchant@ks.demo");
        String code = unique();
        NewProduct noReason = new NewProduct(
                "STATIONERY", // not a category the search-relevance queries ask for
                "无理由 " + code,
                null,
                null,
                null,
                List.of(ProductArt.ref("AUDIO", "111827")),
                null,
                null,
                List.of(new NewProduct.NewSku(code, null, null, 100, 1, null)),
                5,
                false,
                null,
                true);
        assertThatThrownBy(() -> products.create(noReason))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.fieldErrors()).containsKey("returnExclusion"));
    }

    @Test
    void a_merchant_cannot_publish_or_unpublish_another_merchants_product() {
        actAs("merchant@ks.demo");
        String code = unique();
        UUID theirs = products.create(product("他人的商品 " + code, code, 100, 1));
        actAs("home@ks.demo");
        assertThatThrownBy(() -> products.publish(theirs)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.unpublish(theirs)).isInstanceOf(NotFound.class);
        assertThat(catalog.product(theirs)).isEmpty();
    }

    @Test
    void a_merchant_waiting_for_review_cannot_publish_and_a_shopper_cannot_create() {
        actAs("fashion@ks.demo");
        String code = unique();
        UUID draft = products.create(product("待审核商品 " + code, code, 100, 1));
        assertThatThrownBy(() -> products.publish(draft)).isInstanceOf(NotAllowed.class);
        actAs("shopper@ks.demo");
        assertThatThrownBy(() -> products.create(product("顾客 " + code, code + "x", 100, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void product_descriptions_are_sanitised() {
        actAs("merchant@ks.demo");
        String code = unique();
        NewProduct hostile = new NewProduct(
                "STATIONERY", // not a category the search-relevance queries ask for
                "描述 " + code,
                null,
                null,
                "<p onclick=\"steal()\">好物</p><script>alert(1)</script><img src=x onerror=alert(2)>",
                List.of(ProductArt.ref("AUDIO", "111827")),
                null,
                null,
                List.of(new NewProduct.NewSku(code, null, null, 100, 1, null)),
                5,
                true,
                null,
                true);
        UUID id = products.create(hostile);
        products.publish(id);
        String html = catalog.product(id).orElseThrow().descriptionHtml();
        assertThat(html).contains("好物").doesNotContain("script", "onclick", "onerror");
    }

    @Test
    void a_merchant_filters_its_products_by_status_and_title_in_any_case_newest_first() {
        actAs("merchant@ks.demo");
        String code = unique();
        UUID draft = products.create(product("筛选草稿 " + code, code + "A", 100, 1));
        UUID published = products.create(product("筛选上架 " + code, code + "B", 100, 1));
        products.publish(published);
        UUID unpublished = products.create(product("筛选下架 " + code, code + "C", 100, 1));
        products.publish(unpublished);
        products.unpublish(unpublished);
        String lowerCase = code.toLowerCase(Locale.ROOT);

        var anyStatus = new MerchantProductFilter(null, "  " + lowerCase + " ", false);
        assertThat(products.mine(anyStatus, 0, 50))
                .extracting(MerchantProduct::id)
                .containsExactly(unpublished, published, draft);
        assertThat(products.countMine(anyStatus)).isEqualTo(3);
        assertThat(products.mine(new MerchantProductFilter(null, lowerCase, true), 0, 50))
                .extracting(MerchantProduct::id)
                .containsExactly(draft, published, unpublished);
        assertThat(products.mine(new MerchantProductFilter(null, lowerCase, false), 1, 1))
                .extracting(MerchantProduct::id)
                .containsExactly(published);
        Map.of(ProductStatus.DRAFT, draft, ProductStatus.PUBLISHED, published, ProductStatus.UNPUBLISHED, unpublished)
                .forEach((status, expected) -> {
                    var byStatus = new MerchantProductFilter(status, code, false);
                    assertThat(products.mine(byStatus, 0, 50))
                            .extracting(MerchantProduct::id)
                            .containsExactly(expected);
                    assertThat(products.countMine(byStatus)).isEqualTo(1);
                });
    }

    @Test
    void another_merchants_products_never_pass_a_merchants_filter() {
        actAs("home@ks.demo");
        String code = unique();
        products.create(product("别家筛选 " + code, code, 100, 1));
        actAs("merchant@ks.demo");
        var filter = new MerchantProductFilter(null, code, false);

        assertThat(products.mine(filter, 0, 50)).isEmpty();
        assertThat(products.countMine(filter)).isZero();
        assertThat(products.countMine(MerchantProductFilter.ALL)).isEqualTo(products.countMine());
    }

    @Test
    void wildcards_in_a_title_search_match_only_themselves_and_an_overlong_search_is_refused() {
        actAs("merchant@ks.demo");
        String code = unique();
        products.create(product("通配 " + code, code, 100, 1));

        assertThat(products.countMine(new MerchantProductFilter(null, code + "%", false)))
                .isZero();
        assertThat(products.countMine(new MerchantProductFilter(null, "通_ " + code, false)))
                .isZero();
        assertThatThrownBy(() -> products.countMine(new MerchantProductFilter(null, "长".repeat(61), false)))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.productFilter.title"));
    }

    static NewProduct product(String title, String code, long price, int stock) {
        return new NewProduct(
                "STATIONERY", // not a category the search-relevance queries ask for
                title,
                null,
                "测试",
                "<p>说明</p>",
                List.of(ProductArt.ref("AUDIO", "111827")),
                "颜色",
                null,
                List.of(new NewProduct.NewSku(code, "黑色", null, price, stock, null)),
                5,
                true,
                null,
                true);
    }

    private static String unique() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
