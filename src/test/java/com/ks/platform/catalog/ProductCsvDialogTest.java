package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.ks.platform.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductCsvDialogTest extends KaribuTest {

    private static final String HEADER = "title,category_code,sku_code,price_yuan,stock\n";

    @Autowired
    ProductService products;

    @Test
    @SuppressWarnings("unchecked")
    void a_merchant_sees_the_rows_of_a_bad_csv_then_imports_the_corrected_file_as_drafts() {
        String code = "K" + UUID.randomUUID().toString().substring(0, 8);
        String title = "导入弹窗测试 " + code;
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        _click(_get(Button.class, spec -> spec.withText("批量导入/导出")));
        assertThat(_get(Anchor.class, spec -> spec.withId("product-csv-export")).getHref())
                .isNotBlank();

        Upload upload = _get(Upload.class);
        importFile(upload, HEADER + title + ",AUDIO," + code + ",1.999,5\n");
        Grid<CsvRowError> errors = _get(Grid.class, spec -> spec.withId("product-csv-errors"));
        assertThat(GridKt._fetch(errors, 0, 10)).containsExactly(new CsvRowError(2, "price_yuan", "error.csv.price"));

        importFile(upload, HEADER + title + ",AUDIO," + code + ",1.99,5\n");
        assertThat(errors.isVisible()).isFalse();
        actAs("merchant@ks.demo");
        assertThat(products.mine(0, 20)).anySatisfy(p -> {
            assertThat(p.title()).isEqualTo(title);
            assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
            assertThat(p.minPriceFen()).isEqualTo(199);
        });
    }

    private static void importFile(Upload upload, String csv) {
        UploadKt._upload(upload, "products.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("开始导入")));
    }
}
