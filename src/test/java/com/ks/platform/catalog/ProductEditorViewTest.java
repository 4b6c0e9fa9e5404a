package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ui.ProductEditorView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductEditorViewTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Test
    void a_merchant_creates_a_two_by_two_spec_matrix_publishes_it_and_shoppers_can_open_it() {
        signInAs("merchant@ks.demo");
        navigate("merchant/products/new");
        _assertOne(ProductEditorView.class);
        String title = "编辑器测试音箱 " + UUID.randomUUID().toString().substring(0, 6);
        fillFacts(title);
        fillMatrix("12.50", 8);
        _click(_get(Button.class, spec -> spec.withText("保存为草稿")));
        // a saved draft opens in the editor, where its pictures can now be uploaded
        _assertOne(ProductEditorView.class);
        _assertOne(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("编辑商品"));
        _assertOne(com.vaadin.flow.component.upload.Upload.class);

        actAs("merchant@ks.demo");
        MerchantProduct created = products.mine(0, 20).stream()
                .filter(p -> p.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(created.status()).isEqualTo(ProductStatus.DRAFT);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<MerchantProduct> grid = _get(com.vaadin.flow.component.grid.Grid.class);
        var rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 50);
        int row = rows.indexOf(
                rows.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow());
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "action"));
        ProductDetails details = catalog.product(created.id()).orElseThrow();
        assertThat(details.skus()).hasSize(4);
        assertThat(details.spec1Values()).containsExactly("黑色", "白色");
        assertThat(details.spec2Values()).containsExactly("S", "M");
        assertThat(details.minPriceFen()).isEqualTo(1250);
    }

    @Test
    void a_negative_price_is_explained_nothing_is_stored_and_the_save_button_works_again() {
        signInAs("merchant@ks.demo");
        navigate("merchant/products/new");
        String title = "负价格测试 " + UUID.randomUUID().toString().substring(0, 6);
        fillFacts(title);
        fillMatrix("-3", 8);
        _click(_get(Button.class, spec -> spec.withText("保存为草稿")));
        _assertOne(ProductEditorView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withText("价格必须大于 0 且不超过 1 亿元。")))
                .isNotEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("保存为草稿")).isEnabled())
                .as("the merchant corrects the price and saves again, without reloading")
                .isTrue();
        actAs("merchant@ks.demo");
        assertThat(products.mine(0, 50)).noneMatch(p -> p.title().equals(title));
    }

    @SuppressWarnings("unchecked")
    private void fillFacts(String title) {
        Select<Category> category = _get(Select.class, spec -> spec.withLabel("类目"));
        _setValue(
                category,
                category.getListDataView()
                        .getItems()
                        .filter(c -> c.code().equals("AUDIO"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("商品标题")), title);
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格一（如 颜色）")), "颜色");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(0), "黑色, 白色");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格二（如 容量）")), "尺寸");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(1), "S，M");
        _click(_get(Button.class, spec -> spec.withText("生成 SKU 表")));
    }

    private void fillMatrix(String price, int stock) {
        var prices = _find(
                BigDecimalField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").endsWith(" 价格")));
        var stocks = _find(
                IntegerField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").endsWith(" 库存")));
        assertThat(prices).hasSize(4);
        prices.forEach(field -> _setValue(field, new BigDecimal(price)));
        stocks.forEach(field -> _setValue(field, stock));
    }
}
