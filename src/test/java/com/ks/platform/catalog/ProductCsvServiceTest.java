package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.merchant.BusinessCategory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ProductCsvServiceTest extends KsIntegrationTest {

    private static final String HEADER =
            "title,category_code,brand,subtitle,spec1_name,spec1_value,spec2_name,spec2_value,sku_code,price_yuan,stock,status\n";

    @Autowired
    ProductCsvService csv;

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    ApplicationContext context;

    /** A new shop of its own (drafts need no approval), acting as its owner. */
    private String newMerchant() {
        var merchants = new TestMerchants(context, (Consumer<String>) this::actAs);
        String email = merchants.signUp(BusinessCategory.values()[0]).email();
        actAs(email);
        return email;
    }

    private static String code() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] utf8WithBom(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private List<CsvRowError> refusedWith(String text) {
        try {
            csv.importCsv(text.getBytes(StandardCharsets.UTF_8));
        } catch (CsvImportRefused refused) {
            return refused.errors();
        }
        throw new AssertionError("the import was accepted");
    }

    @Test
    void a_csv_from_excel_creates_one_draft_per_title_with_its_skus() {
        newMerchant();
        String c = code();
        CsvImportResult result = csv.importCsv(utf8WithBom(HEADER
                + "\"蓝牙音箱, 便携\",AUDIO,声悦,低音浑厚,颜色,黑色,,," + c + "1,199.00,10,\n"
                + "\"蓝牙音箱, 便携\",AUDIO,声悦,低音浑厚,颜色,白色,,," + c + "2,209.5,3,PUBLISHED\n"
                + "保温杯,KITCHENWARE,,,,,,," + c + "3,59,0,\n"));
        assertThat(result).isEqualTo(new CsvImportResult(2, 3));
        List<MerchantProduct> mine = products.mine(0, 10);
        assertThat(mine).extracting(MerchantProduct::title).containsExactlyInAnyOrder("蓝牙音箱, 便携", "保温杯");
        assertThat(mine).extracting(MerchantProduct::status).containsOnly(ProductStatus.DRAFT);
        MerchantProduct speaker = mine.stream()
                .filter(p -> p.title().startsWith("蓝牙"))
                .findFirst()
                .orElseThrow();
        assertThat(speaker.minPriceFen()).isEqualTo(19900);
        assertThat(speaker.maxPriceFen()).isEqualTo(20950);
        assertThat(speaker.totalStock()).isEqualTo(13);
        assertThat(products.mySkus(speaker.id()))
                .extracting(Sku::skuCode, Sku::spec1Value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(c + "1", "黑色"),
                        org.assertj.core.groups.Tuple.tuple(c + "2", "白色"));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_column_and_nothing_is_stored() {
        newMerchant();
        String c = code();
        List<CsvRowError> errors = refusedWith(HEADER
                + "好商品,AUDIO,,,,,,," + c + "1,10.00,1,\n"
                + "坏类目,NO_SUCH,,,,,,," + c + "2,10.00,1,\n"
                + "负价格,AUDIO,,,,,,," + c + "3,-1.00,1,\n"
                + "三位小数,AUDIO,,,,,,," + c + "4,1.005,1,\n"
                + "不是数字,AUDIO,,,,,,," + c + "5,十元,1,\n"
                + "负库存,AUDIO,,,,,,," + c + "6,10,-5,\n"
                + "重复编码,AUDIO,,,,,,," + c + "1,10,1,\n"
                + ",AUDIO,,,,,,," + c + "8,10,1,\n"
                + "少列,AUDIO\n"
                + "坏编码,AUDIO,,,,,,,含 空格,10,1,\n"
                + "零价格,AUDIO,,,,,,," + c + "9,0,1,\n");
        assertThat(errors)
                .containsExactly(
                        new CsvRowError(3, "category_code", "error.product.category"),
                        new CsvRowError(4, "price_yuan", "error.csv.price"),
                        new CsvRowError(5, "price_yuan", "error.csv.price"),
                        new CsvRowError(6, "price_yuan", "error.csv.price"),
                        new CsvRowError(7, "stock", "error.sku.stock"),
                        new CsvRowError(8, "sku_code", "error.sku.duplicateCode"),
                        new CsvRowError(9, "title", "error.product.title"),
                        new CsvRowError(10, "row", "error.csv.columns"),
                        new CsvRowError(11, "sku_code", "error.sku.code"),
                        new CsvRowError(12, "price_yuan", "error.csv.price"));
        assertThat(products.countMine())
                .as("the good first row is not stored either")
                .isZero();
    }

    @Test
    void an_unclosed_quote_is_reported_at_its_line_and_nothing_is_stored() {
        newMerchant();
        String c = code();
        List<CsvRowError> errors = refusedWith(
                HEADER + "好商品,AUDIO,,,,,,," + c + "1,10.00,1,\n" + "\"坏引号\"x,AUDIO,,,,,,," + c + "2,10.00,1,\n");
        assertThat(errors).containsExactly(new CsvRowError(3, "row", "error.csv.malformed"));
        assertThat(products.countMine()).isZero();
    }

    @Test
    void rows_of_one_title_must_agree_on_the_product_facts_and_its_spec_rules() {
        newMerchant();
        String c = code();
        assertThat(refusedWith(
                        HEADER + "同名,AUDIO,牌子甲,,,,,," + c + "1,10,1,\n" + "同名,AUDIO,牌子乙,,,,,," + c + "2,10,1,\n"))
                .containsExactly(new CsvRowError(3, "brand", "error.csv.inconsistent"));
        assertThat(refusedWith(
                        HEADER + "缺规格,AUDIO,,,颜色,黑,,," + c + "1,10,1,\n" + "缺规格,AUDIO,,,颜色,,,," + c + "2,10,1,\n"))
                .containsExactly(new CsvRowError(2, "sku_code", "error.sku.specs"));
        assertThat(products.countMine()).isZero();
    }

    @Test
    void a_sku_code_already_used_in_the_shop_is_refused_but_another_shop_may_use_it() {
        newMerchant();
        String c = code();
        csv.importCsv(utf8WithBom(HEADER + "第一件,AUDIO,,,,,,," + c + ",10,1,\n"));
        assertThat(refusedWith(HEADER + "第二件,AUDIO,,,,,,," + c + ",10,1,\n"))
                .containsExactly(new CsvRowError(2, "sku_code", "error.csv.skuCodeTaken"));
        newMerchant();
        assertThat(csv.importCsv(utf8WithBom(HEADER + "第二件,AUDIO,,,,,,," + c + ",10,1,\n")))
                .isEqualTo(new CsvImportResult(1, 1));
    }

    @Test
    void files_that_are_empty_too_large_not_utf8_or_without_the_required_columns_are_refused() {
        newMerchant();
        assertThat(refusedWith(HEADER)).containsExactly(new CsvRowError(0, "file", "error.csv.empty"));
        assertThat(refusedWith("title,stock\n标题,1\n"))
                .containsExactly(new CsvRowError(1, "header", "error.csv.header"));
        assertThatThrownBy(
                        () -> csv.importCsv((HEADER + "中文,AUDIO,,,,,,,GBK1,1,1,\n").getBytes(Charset.forName("GBK"))))
                .isInstanceOfSatisfying(
                        CsvImportRefused.class,
                        e -> assertThat(e.errors()).containsExactly(new CsvRowError(0, "file", "error.csv.encoding")));
        byte[] huge = new byte[ProductCsvService.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> csv.importCsv(huge))
                .isInstanceOfSatisfying(
                        CsvImportRefused.class,
                        e -> assertThat(e.errors()).containsExactly(new CsvRowError(0, "file", "error.csv.tooLarge")));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= ProductCsvService.MAX_ROWS; i++) {
            many.append("多行,AUDIO,,,,,,,R").append(i).append(",1,1,\n");
        }
        assertThat(refusedWith(many.toString())).containsExactly(new CsvRowError(0, "file", "error.csv.tooManyRows"));
        assertThat(products.countMine()).isZero();
    }

    @Test
    void an_export_holds_only_the_shops_own_products_and_imports_again_unchanged_elsewhere() {
        newMerchant();
        String c = code();
        csv.importCsv(utf8WithBom(HEADER
                + "\"带\"\"引号\"\"的标题\",AUDIO,声悦,\"多行\n卖点\",颜色,黑色,尺寸,大," + c + "1,199.90,10,\n"
                + "\"带\"\"引号\"\"的标题\",AUDIO,声悦,\"多行\n卖点\",颜色,白色,尺寸,大," + c + "2,0.01,0,\n"
                + "单品,TEA,,,,,,," + c + "3,1000000.00,1000000,\n"));
        byte[] exported = csv.exportMine();
        assertThat(Arrays.copyOf(exported, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).contains("199.90", "0.01", "1000000.00", "DRAFT");

        newMerchant();
        assertThat(new String(csv.exportMine(), StandardCharsets.UTF_8).lines())
                .as("another shop's products are not exported")
                .hasSize(1);
        assertThat(csv.importCsv(exported)).isEqualTo(new CsvImportResult(2, 3));
        assertThat(new String(csv.exportMine(), StandardCharsets.UTF_8).lines().sorted())
                .containsExactlyElementsOf(text.lines().sorted().toList());
    }
}
