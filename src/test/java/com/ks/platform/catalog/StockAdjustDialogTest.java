package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StockAdjustDialogTest extends KaribuTest {

    @Autowired
    TestCatalog testCatalog;

    @Test
    @SuppressWarnings("unchecked")
    void a_merchant_restocks_a_sku_from_the_product_list_and_sees_it_in_the_history() {
        actAs("merchant@ks.demo");
        String title = "库存弹窗测试 " + UUID.randomUUID().toString().substring(0, 6);
        ProductDetails product = testCatalog.draft(title, 4, 990);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        Grid<MerchantProduct> grid = _get(Grid.class, spec -> spec.withId("merchant-products"));
        var rows = GridKt._fetch(grid, 0, 50);
        int row = rows.indexOf(
                rows.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, row, "stock"));

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("调整数量")), 6);
        _setValue(_get(TextField.class, spec -> spec.withLabel("备注")), "补货");
        _click(_get(Button.class, spec -> spec.withText("确认调整")));

        assertThat(testCatalog.stockOf(product.skus().getFirst().id())).isEqualTo(10);
        Grid<StockAdjustment> history = _get(Grid.class, spec -> spec.withId("stock-history"));
        assertThat(GridKt._fetch(history, 0, 10)).singleElement().satisfies(a -> {
            assertThat(a.delta()).isEqualTo(6);
            assertThat(a.stockAfter()).isEqualTo(10);
            assertThat(a.note()).isEqualTo("补货");
        });
    }
}
