package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The merchant product list's title search and status filter, as the merchant uses them. */
class MerchantProductFiltersTest extends KaribuTest {

    @Autowired
    TestCatalog testCatalog;

    @Test
    @SuppressWarnings("unchecked")
    void a_merchant_types_part_of_a_title_and_then_narrows_the_list_to_drafts() {
        String code = "筛" + UUID.randomUUID().toString().substring(0, 8);
        actAs("merchant@ks.demo");
        ProductDetails draft = testCatalog.draft("列表筛选草稿 " + code, 3, 990);
        ProductDetails published = testCatalog.publish("列表筛选上架 " + code, 5, 3, 990);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        Grid<MerchantProduct> grid = _get(Grid.class, spec -> spec.withId("merchant-products"));

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按商品标题搜索")), code.toUpperCase());
        assertThat(GridKt._fetch(grid, 0, 50))
                .extracting(MerchantProduct::id)
                .containsExactly(published.id(), draft.id());

        _setValue(_get(Select.class, spec -> spec.withLabel("状态")), ProductStatus.DRAFT);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._fetch(grid, 0, 50)).extracting(MerchantProduct::id).containsExactly(draft.id());
    }
}
