package com.ks.platform.cart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.cart.ui.CartView;
import com.ks.platform.catalog.ProductDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;

/** What a shopper sees on 购物车. */
class CartViewTest extends CartTestSupport {

    @Test
    void a_shopper_sees_each_shop_its_lines_warnings_and_the_selected_total() {
        ProductDetails phone = product(DIGITAL_SHOP, "页面测试手机", 5, 50, 100_000);
        ProductDetails towel = product(HOME_SHOP, "页面测试毛巾", 10, 50, 2_000);
        ProductDetails gone = product(HOME_SHOP, "页面测试下架杯", 10, 50, 3_000);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 2);
        cart.add(towel.skus().getFirst().id(), 1);
        cart.add(gone.skus().getFirst().id(), 1);
        catalog.setPrice(phone.skus().getFirst().id(), 90_000);
        unpublish(HOME_SHOP, gone);

        signInAs(shopper);
        UI.getCurrent().navigate(CartView.class);

        String texts = texts();
        assertThat(texts).contains("数码优选旗舰店", "悦居家居生活馆", "比加入时降价 ¥100.00");
        assertThat(texts).contains("商品已下架或店铺暂停营业，无法购买，可以删除");
        assertThat(texts).as("selected total: 2 × 900 + 20").contains("¥1,820.00");
        assertThat(_get(
                                Checkbox.class,
                                spec -> spec.withPredicate(
                                        c -> c.getAriaLabel().orElse("").equals("选择 页面测试下架杯")))
                        .isEnabled())
                .isFalse();
    }

    @Test
    void a_quantity_above_the_limit_is_refused_with_a_clear_message() {
        ProductDetails phone = product(DIGITAL_SHOP, "限购三件的手机", 3, 50, 10_000);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 1);
        signInAs(shopper);
        UI.getCurrent().navigate(CartView.class);

        IntegerField quantity = _get(
                IntegerField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").equals("限购三件的手机 的数量")));
        _setValue(quantity, 9);

        expectNotifications("数量需在 1 到 3 件之间");
        assertThat(_get(
                                IntegerField.class,
                                spec -> spec.withPredicate(
                                        f -> f.getAriaLabel().orElse("").equals("限购三件的手机 的数量")))
                        .getValue())
                .isEqualTo(1);
    }

    @Test
    void removing_the_last_line_shows_the_empty_cart_with_a_way_back_to_shopping() {
        ProductDetails phone = product(DIGITAL_SHOP, "要删除的手机", 3, 50, 10_000);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 1);
        signInAs(shopper);
        UI.getCurrent().navigate(CartView.class);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "从购物车删除 要删除的手机")));

        assertThat(texts()).doesNotContain("要删除的手机");
        _get(Button.class, spec -> spec.withText("去逛逛"));
        assertThat(queries.count()).isZero();
    }

    @Test
    void checkout_takes_the_selected_lines_to_the_checkout_page() {
        ProductDetails phone = product(DIGITAL_SHOP, "等待结算的手机", 3, 50, 10_000);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(phone.skus().getFirst().id(), 1);
        signInAs(shopper);
        UI.getCurrent().navigate(CartView.class);

        _click(_get(Button.class, spec -> spec.withText("结算")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("checkout");
    }

    @Test
    void the_demo_shopper_has_a_cart_from_two_shops() {
        signInAs("shopper@ks.demo");
        assertThat(queries.myCart().shops()).hasSizeGreaterThanOrEqualTo(2);
        UI.getCurrent().navigate(CartView.class);
        assertThat(texts()).contains("结算", "合计");
    }

    @Test
    void a_visitor_without_a_cart_sees_the_empty_state() {
        UI.getCurrent().navigate(CartView.class);
        assertThat(texts()).contains("购物车还是空的");
    }

    @Test
    void a_merchant_is_told_the_cart_is_for_shopper_accounts() {
        signInAs(HOME_SHOP);
        UI.getCurrent().navigate(CartView.class);
        assertThat(texts()).contains("购物车仅供买家账户使用");
    }

    private static String texts() {
        return _get(CartView.class).getElement().getTextRecursively();
    }
}
