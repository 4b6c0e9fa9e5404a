package com.ks.platform.promotion;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.ordering.BenefitPlan;
import com.ks.platform.ordering.PaymentMethod;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What shoppers, visitors, shops and administrators see of coupons. */
class CouponPagesTest extends CouponTestSupport {

    private static String pageText() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getElement()
                .getTextRecursively();
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void a_visitor_sees_the_coupon_centre_and_is_asked_to_sign_in_before_claiming() {
        String name = unique("访客可见券");
        platformCoupon(amountOff(name, 10_000, 1_000));

        navigate("coupons");

        assertThat(pageText()).contains("领券中心", name, "满¥100.00可用", "全平台通用");
        assertThat(_find(Button.class, spec -> spec.withText("登录后领取"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("领取"))).isEmpty();
    }

    @Test
    void a_shopper_claims_in_the_coupon_centre_and_finds_the_coupon_in_my_coupons() {
        String name = unique("领取测试券");
        platformCoupon(amountOff(name, 0, 500));
        Buyer buyer = newBuyer();
        signInAs(buyer.email());
        navigate("coupons");

        Button claim = _get(Button.class, spec -> spec.withAttribute("aria-label", "领取优惠券：" + name));
        _click(claim);

        assertThat(notices()).contains("已领取优惠券「" + name + "」，下单时自动为你选用");
        assertThat(claim.getText()).isEqualTo("已领取");
        assertThat(claim.isEnabled()).isFalse();
        navigate("account/coupons");
        assertThat(pageText()).contains("我的优惠券", name, "无门槛", "有效期至");
        navigate("account/coupons?tab=USED");
        assertThat(pageText()).contains("还没有用过优惠券").doesNotContain(name);
    }

    @Test
    void the_product_page_offers_the_shops_coupons_for_that_product() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 20_000, true);
        String name = unique("本店券");
        shopCoupon(shop, amountOff(name, 15_000, 2_000));
        Buyer buyer = newBuyer();
        signInAs(buyer.email());

        navigate("product/" + product.id());

        assertThat(pageText()).contains("领券", name, shop.storeName() + " 店铺券");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "领取优惠券：" + name)));
        assertThat(mine(buyer, CouponTab.USABLE))
                .extracting(c -> c.terms().name())
                .containsExactly(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkout_suggests_the_coupon_shows_the_discount_before_submitting_and_lets_the_shopper_change_it() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 20_000, true);
        Buyer buyer = newBuyer();
        claim(buyer, shopCoupon(shop, amountOff("满150减20", 15_000, 2_000)));
        signInAs(buyer.email());

        navigate("checkout?sku=" + product.skus().getFirst().id() + "&qty=1");

        assertThat(pageText()).contains("优惠券", "满150减20（省 ¥20.00）", "-¥20.00", "¥180.00");
        Select<BenefitPlan.Option> choice = _get(Select.class, spec -> spec.withLabel(shop.storeName() + " 店铺优惠券"));
        _setValue(choice, null);
        assertThat(pageText()).contains("-¥0.00", "¥200.00");

        choice = _get(Select.class, spec -> spec.withLabel(shop.storeName() + " 店铺优惠券"));
        _setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(pageText()).contains("-¥20.00", "¥180.00");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("支付方式")), PaymentMethod.ALIPAY);
        _click(_get(Button.class, spec -> spec.withText("提交订单")));

        var placed = as(buyer.email(), () -> orders.myOrders(com.ks.platform.ordering.OrderTab.ALL, 0, 5));
        assertThat(placed)
                .singleElement()
                .satisfies(o -> assertThat(o.totalFen()).isEqualTo(18_000));
        assertThat(mine(buyer, CouponTab.USED)).hasSize(1);
    }

    @Test
    void a_shop_creates_a_coupon_in_the_portal_and_the_admin_console_lists_the_platforms() {
        Shop shop = newShop();
        signInAs(shop.email());
        navigate("merchant/coupons");
        _click(_get(Button.class, spec -> spec.withText("新建优惠券")));
        String name = unique("门户新券");
        _setValue(_get(TextField.class, spec -> spec.withLabel("名称")), name);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("使用门槛（满）")), new BigDecimal("99"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("减免金额")), new BigDecimal("99.5"));
        _click(_get(Button.class, spec -> spec.withText("创建")));
        assertThat(notices()).contains("减免金额必须小于使用门槛");

        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("减免金额")), new BigDecimal("10"));
        _click(_get(Button.class, spec -> spec.withText("创建")));

        assertThat(notices()).contains("优惠券已创建");
        assertThat(as(shop.email(), () -> templates.myShopCoupons(0, 10)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo(name);
                    assertThat(t.thresholdFen()).isEqualTo(9_900);
                    assertThat(t.amountOffFen()).isEqualTo(1_000);
                });

        String platform = unique("后台平台券");
        platformCoupon(amountOff(platform, 0, 300));
        signInAs(ADMIN);
        navigate("admin/coupons");
        assertThat(pageText()).contains("平台优惠券", "新建优惠券");
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class)
                        .getGenericDataView()
                        .getItems())
                .extracting(t -> ((CouponTerms) t).name())
                .contains(platform);
    }
}
