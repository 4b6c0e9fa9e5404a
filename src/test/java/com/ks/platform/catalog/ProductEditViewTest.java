package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ui.MerchantProductsView;
import com.ks.platform.catalog.ui.ProductEditorView;
import com.ks.platform.identity.AddressQueries;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.ordering.CheckoutOrigin;
import com.ks.platform.ordering.DeliveryOption;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.ordering.OrderingService;
import com.ks.platform.ordering.PaymentMethod;
import com.ks.platform.ordering.PlaceOrder;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ProductEditViewTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    OrderingService ordering;

    @Autowired
    OrderQueries orders;

    @Autowired
    AddressQueries addresses;

    @Autowired
    ApplicationContext context;

    @Test
    @SuppressWarnings("unchecked")
    void clicking_a_row_opens_the_editor_with_the_saved_values() {
        String title = unique("行点击编辑");
        actAs("merchant@ks.demo");
        testCatalog.twoByTwo(title);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按商品标题搜索")), title);
        Grid<MerchantProduct> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);

        GridKt._clickItem(grid, 0);

        _assertOne(ProductEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("商品标题")).getValue())
                .isEqualTo(title);
        assertThat(_find(TextField.class, spec -> spec.withLabel("取值")))
                .extracting(TextField::getValue)
                .containsExactly("红色, 蓝色", "S, M");
        assertThat(prices()).extracting(BigDecimalField::getValue).containsOnly(new BigDecimal("99.00"));
        assertThat(stocks()).extracting(IntegerField::getValue).containsOnly(10);
        assertThat(_get(Select.class, spec -> spec.withLabel("类目")).getValue())
                .extracting(c -> ((Category) c).code())
                .as("a saved category outside the shop's business category stays offered")
                .isEqualTo("STATIONERY");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_edit_action_of_a_row_opens_its_editor_and_a_new_title_and_price_are_saved() {
        String title = unique("编辑按钮");
        actAs("merchant@ks.demo");
        UUID id = testCatalog.twoByTwo(title);
        signInAs("merchant@ks.demo");
        navigate("merchant/products");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("按商品标题搜索")), title);
        Button edit = (Button) GridKt._getCellComponent(_get(Grid.class), 0, "edit");
        assertThat(edit.getText()).isEqualTo("编辑");
        _click(edit);
        _assertOne(ProductEditorView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("商品标题")), title + " 新款");
        _setValue(price("红色 / M 价格"), new BigDecimal("129.50"));
        _click(_get(Button.class, spec -> spec.withText("保存修改")));

        _assertOne(MerchantProductsView.class);
        ProductDetails shown = catalog.product(id).orElseThrow();
        assertThat(shown.title()).isEqualTo(title + " 新款");
        assertThat(shown.skus())
                .filteredOn(s -> "红色".equals(s.spec1Value()) && "M".equals(s.spec2Value()))
                .singleElement()
                .extracting(Sku::priceFen)
                .isEqualTo(12_950L);
        assertThat(shown.minPriceFen()).isEqualTo(9_900);
    }

    @Test
    void a_sold_spec_is_taken_off_sale_not_deleted_and_orders_keep_the_price_they_were_placed_at() {
        String title = unique("已售规格");
        actAs("merchant@ks.demo");
        UUID id = testCatalog.twoByTwo(title);
        ProductDetails before = catalog.product(id).orElseThrow();
        Sku redS = sku(before, "红色", "S");
        Sku blueS = sku(before, "蓝色", "S");
        actAs("shopper@ks.demo");
        UUID orderId = ordering.place(new PlaceOrder(
                        UUID.randomUUID(),
                        CheckoutOrigin.BUY_NOW,
                        List.of(new PlaceOrder.Item(redS.id(), 1, 9_900L), new PlaceOrder.Item(blueS.id(), 1, 9_900L)),
                        addresses.myDefault().orElseThrow().id(),
                        DeliveryOption.STANDARD,
                        PaymentMethod.ALIPAY))
                .orderIds()
                .getFirst();

        signInAs("merchant@ks.demo");
        navigate("merchant/products/" + id + "/edit");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).getFirst(), "红色");
        _click(_get(Button.class, spec -> spec.withText("生成 SKU 表")));
        assertThat(_get(Div.class, spec -> spec.withClasses("ks-sku-retiring")).getText())
                .contains("不会删除")
                .contains("蓝色 / S", "蓝色 / M");
        _setValue(price("红色 / S 价格"), new BigDecimal("120"));
        _click(_get(Button.class, spec -> spec.withText("保存修改")));

        assertThat(notifications())
                .anySatisfy(text ->
                        assertThat(text).contains("已停售").contains("不会删除").contains("蓝色 / S"));
        ProductDetails after = catalog.product(id).orElseThrow();
        assertThat(after.spec1Values()).containsExactly("红色");
        assertThat(sku(after, "红色", "S").priceFen()).isEqualTo(12_000);
        assertThat(testCatalog.stockOf(blueS.id()))
                .as("the sold SKU is still there")
                .isEqualTo(9);
        actAs("shopper@ks.demo");
        OrderDetails order = orders.myOrder(orderId);
        assertThat(order.lines())
                .extracting(OrderDetails.Line::skuId, OrderDetails.Line::unitPriceFen)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(redS.id(), 9_900L),
                        org.assertj.core.groups.Tuple.tuple(blueS.id(), 9_900L));
    }

    @Test
    void another_merchants_product_in_the_address_is_not_found_and_shows_none_of_its_data() {
        String title = unique("别家商品");
        actAs("merchant@ks.demo");
        UUID id = testCatalog.twoByTwo(title);
        signInAs("home@ks.demo");
        navigate("merchant/products/" + id + "/edit");
        _assertOne(NotFoundView.class);
        _assertNone(ProductEditorView.class);
        assertThat(_find(TextField.class, spec -> spec.withValue(title))).isEmpty();
    }

    @Test
    void set_all_fills_the_price_and_stock_of_every_row() {
        signInAs("merchant@ks.demo");
        navigate("merchant/products/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格一（如 颜色）")), "颜色");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(0), "红色, 蓝色, 白色");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格二（如 容量）")), "尺码");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(1), "S, M");
        _click(_get(Button.class, spec -> spec.withText("生成 SKU 表")));

        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("统一价格（元）")), new BigDecimal("59.90"));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("统一库存")), 7);
        _click(_get(Button.class, spec -> spec.withText("批量设置")));

        assertThat(prices()).hasSize(6).extracting(BigDecimalField::getValue).containsOnly(new BigDecimal("59.90"));
        assertThat(stocks()).hasSize(6).extracting(IntegerField::getValue).containsOnly(7);
    }

    @Test
    void each_sku_input_is_named_after_its_row_for_screen_readers() {
        signInAs("merchant@ks.demo");
        navigate("merchant/products/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格一（如 颜色）")), "颜色");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(0), "红色, 蓝色");
        _setValue(_get(TextField.class, spec -> spec.withLabel("规格二（如 容量）")), "尺码");
        _setValue(_find(TextField.class, spec -> spec.withLabel("取值")).get(1), "S, M");
        _click(_get(Button.class, spec -> spec.withText("生成 SKU 表")));

        assertThat(prices())
                .map(f -> f.getAriaLabel().orElseThrow())
                .containsExactly("红色 / S 价格", "红色 / M 价格", "蓝色 / S 价格", "蓝色 / M 价格");
        assertThat(stocks())
                .map(f -> f.getAriaLabel().orElseThrow())
                .containsExactly("红色 / S 库存", "红色 / M 库存", "蓝色 / S 库存", "蓝色 / M 库存");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_shop_sees_what_to_do_first_and_only_the_categories_of_its_business() {
        var shop = new TestMerchants(context, this::actAs).approved(BusinessCategory.BOOKS, "compliance@ks.demo");
        signInAs(shop.email());
        navigate("merchant/products");
        _assertOne(Paragraph.class, spec -> spec.withText("还没有商品。发布第一件商品，填写规格和价格后即可上架销售。"));
        _assertNone(Grid.class);

        _click(_get(Button.class, spec -> spec.withText("发布商品")));

        _assertOne(ProductEditorView.class);
        Select<Category> category = _get(Select.class, spec -> spec.withLabel("类目"));
        assertThat(category.getListDataView().getItems().map(Category::code))
                .containsExactly("BOOKS_GENERAL", "STATIONERY");
        assertThat(_find(Span.class, spec -> spec.withClasses("ks-select-group")))
                .extracting(Span::getText)
                .containsExactly("图书文娱");
    }

    private static List<BigDecimalField> prices() {
        return _find(
                BigDecimalField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").endsWith(" 价格")));
    }

    private static List<IntegerField> stocks() {
        return _find(
                IntegerField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").endsWith(" 库存")));
    }

    private static BigDecimalField price(String name) {
        return _get(
                BigDecimalField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").equals(name)));
    }

    private static Sku sku(ProductDetails product, String colour, String size) {
        return product.skus().stream()
                .filter(s -> colour.equals(s.spec1Value()) && size.equals(s.spec2Value()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text", ""))
                .toList();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
