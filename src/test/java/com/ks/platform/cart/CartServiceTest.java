package com.ks.platform.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartServiceTest extends CartTestSupport {

    @Test
    void a_shopper_sees_lines_grouped_by_shop_with_subtotals_and_the_selected_total() {
        ProductDetails phone = product(DIGITAL_SHOP, "测试手机", 5, 50, 199_900, 229_900);
        ProductDetails pillow = product(HOME_SHOP, "测试枕头", 10, 50, 8_900);
        actAs(newShopper());

        cart.add(phone.skus().get(0).id(), 1);
        cart.add(phone.skus().get(1).id(), 2);
        cart.add(pillow.skus().get(0).id(), 3);

        CartDetails details = queries.myCart();
        assertThat(details.shops()).hasSize(2);
        assertThat(details.shops())
                .extracting(CartDetails.Shop::storeName)
                .containsExactlyInAnyOrder("数码优选旗舰店", "悦居家居生活馆");
        CartDetails.Shop digital = details.shops().stream()
                .filter(s -> s.storeName().equals("数码优选旗舰店"))
                .findFirst()
                .orElseThrow();
        assertThat(digital.lines()).hasSize(2);
        assertThat(digital.selectedSubtotalFen()).isEqualTo(199_900 + 2 * 229_900);
        assertThat(digital.lines()).allSatisfy(line -> {
            assertThat(line.title()).isEqualTo("测试手机");
            assertThat(line.specText()).startsWith("款式: 款式");
            assertThat(line.warnings()).isEmpty();
            assertThat(line.selected()).isTrue();
        });
        assertThat(details.selectedTotalFen()).isEqualTo(199_900 + 2 * 229_900 + 3 * 8_900);
        assertThat(details.selectedQuantity()).isEqualTo(6);
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    void quantities_outside_one_to_the_per_order_limit_are_refused_with_the_allowed_maximum() {
        ProductDetails phone = product(DIGITAL_SHOP, "限购手机", 3, 50, 99_900);
        UUID sku = phone.skus().getFirst().id();
        actAs(newShopper());

        for (int wrong : new int[] {0, -1, 4, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> cart.add(sku, wrong)).isInstanceOfSatisfying(RuleViolated.class, e -> {
                assertThat(e.messageKey()).isEqualTo("error.cart.quantityRange");
                assertThat(e.arguments()).containsExactly(3);
            });
        }
        UUID line = cart.add(sku, 3);
        assertThatThrownBy(() -> cart.changeQuantity(line, 4)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> cart.changeQuantity(line, 0)).isInstanceOf(RuleViolated.class);
        cart.changeQuantity(line, 2);
        assertThat(queries.myCart().shops().getFirst().lines().getFirst().quantity())
                .isEqualTo(2);
    }

    @Test
    void the_stock_caps_the_quantity_when_it_is_below_the_per_order_limit() {
        ProductDetails phone = product(DIGITAL_SHOP, "少量库存手机", 10, 2, 99_900);
        actAs(newShopper());

        assertThatThrownBy(() -> cart.add(phone.skus().getFirst().id(), 3))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.arguments()).containsExactly(2));
        cart.add(phone.skus().getFirst().id(), 2);
        assertThat(queries.myCart().shops().getFirst().lines().getFirst().maxQuantity())
                .isEqualTo(2);
    }

    @Test
    void adding_the_same_sku_again_adds_up_but_never_beyond_the_limit() {
        ProductDetails phone = product(DIGITAL_SHOP, "再加一件", 5, 50, 99_900);
        UUID sku = phone.skus().getFirst().id();
        actAs(newShopper());

        UUID first = cart.add(sku, 2);
        UUID second = cart.add(sku, 2);
        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> cart.add(sku, 2)).isInstanceOfSatisfying(RuleViolated.class, e -> {
            assertThat(e.messageKey()).isEqualTo("error.cart.limitWithExisting");
            assertThat(e.arguments()).containsExactly(5, 4);
        });
        assertThat(queries.myCart().lineCount()).isEqualTo(1);
        assertThat(queries.myCart().shops().getFirst().lines().getFirst().quantity())
                .isEqualTo(4);
    }

    @Test
    void a_price_change_and_falling_stock_since_adding_show_as_warnings_not_errors() {
        ProductDetails phone = product(DIGITAL_SHOP, "变价手机", 10, 50, 100_000);
        UUID sku = phone.skus().getFirst().id();
        actAs(newShopper());
        cart.add(sku, 5);

        catalog.setPrice(sku, 90_000);
        catalog.setStock(sku, 3);

        CartDetails.Line line = queries.myCart().shops().getFirst().lines().getFirst();
        assertThat(line.warnings()).containsExactlyInAnyOrder(CartWarning.PRICE_CHANGED, CartWarning.STOCK_LOW);
        assertThat(line.unitPriceFen()).isEqualTo(90_000);
        assertThat(line.priceWhenAddedFen()).isEqualTo(100_000);
        assertThat(line.availableStock()).isEqualTo(3);
        assertThat(line.selectable()).isTrue();

        catalog.setStock(sku, 0);
        CartDetails soldOut = queries.myCart();
        assertThat(soldOut.shops().getFirst().lines().getFirst().warnings()).contains(CartWarning.SOLD_OUT);
        assertThat(soldOut.shops().getFirst().lines().getFirst().selectable()).isFalse();
        assertThat(soldOut.selectedTotalFen()).isZero();
    }

    @Test
    void a_product_unpublished_while_in_the_cart_shows_as_unavailable_and_leaves_the_total() {
        ProductDetails gone = product(DIGITAL_SHOP, "将下架的耳机", 5, 50, 30_000);
        ProductDetails kept = product(DIGITAL_SHOP, "还在卖的耳机", 5, 50, 20_000);
        String shopper = newShopper();
        actAs(shopper);
        UUID goneLine = cart.add(gone.skus().getFirst().id(), 1);
        cart.add(kept.skus().getFirst().id(), 1);

        unpublish(DIGITAL_SHOP, gone);
        actAs(shopper);

        CartDetails details = queries.myCart();
        CartDetails.Line line = details.shops().getFirst().lines().stream()
                .filter(l -> l.id().equals(goneLine))
                .findFirst()
                .orElseThrow();
        assertThat(line.warnings()).containsExactly(CartWarning.UNAVAILABLE);
        assertThat(line.title()).isEqualTo("将下架的耳机");
        assertThat(line.selectable()).isFalse();
        assertThat(line.selected()).isFalse();
        assertThat(details.selectedTotalFen()).isEqualTo(20_000);
        assertThatThrownBy(() -> cart.select(goneLine, true))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.cart.productUnavailable"));
        assertThatThrownBy(() -> cart.add(gone.skus().getFirst().id(), 1)).isInstanceOf(RuleViolated.class);
        cart.remove(goneLine);
        assertThat(queries.myCart().lineCount()).isEqualTo(1);
    }

    @Test
    void another_shoppers_line_ids_answer_not_found_and_change_nothing() {
        ProductDetails phone = product(DIGITAL_SHOP, "别人的手机", 5, 50, 99_900);
        String alice = newShopper();
        String bob = newShopper();
        actAs(alice);
        UUID aliceLine = cart.add(phone.skus().getFirst().id(), 2);

        actAs(bob);
        assertThat(queries.myCart().isEmpty()).isTrue();
        assertThatThrownBy(() -> cart.changeQuantity(aliceLine, 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> cart.remove(aliceLine)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> cart.select(aliceLine, false)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> cart.changeQuantity(UUID.randomUUID(), 1)).isInstanceOf(NotFound.class);
        cart.selectMerchant(phone.merchant().id(), false);
        cart.selectAll(false);

        actAs(alice);
        CartDetails.Line line = queries.myCart().shops().getFirst().lines().getFirst();
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.selected()).isTrue();
    }

    @Test
    void a_shops_select_all_box_selects_only_its_buyable_lines() {
        ProductDetails a = product(HOME_SHOP, "收纳盒A", 5, 50, 1_000);
        ProductDetails b = product(HOME_SHOP, "收纳盒B", 5, 50, 2_000);
        ProductDetails other = product(DIGITAL_SHOP, "数据线", 5, 50, 500);
        String shopper = newShopper();
        actAs(shopper);
        cart.add(a.skus().getFirst().id(), 1);
        UUID bLine = cart.add(b.skus().getFirst().id(), 1);
        cart.add(other.skus().getFirst().id(), 1);

        cart.selectMerchant(a.merchant().id(), false);
        assertThat(queries.myCart().selectedTotalFen()).isEqualTo(500);

        unpublish(HOME_SHOP, b);
        actAs(shopper);
        cart.selectMerchant(a.merchant().id(), true);
        CartDetails details = queries.myCart();
        assertThat(details.selectedTotalFen()).isEqualTo(1_000 + 500);
        assertThat(details.shops().stream()
                        .flatMap(s -> s.lines().stream())
                        .filter(l -> l.id().equals(bLine))
                        .findFirst()
                        .orElseThrow()
                        .selected())
                .isFalse();

        cart.selectAll(false);
        assertThat(queries.myCart().selectedTotalFen()).isZero();
        cart.selectAll(true);
        assertThat(queries.myCart().allSelected()).isTrue();
    }

    @Test
    void putting_items_in_a_cart_never_touches_stock() {
        ProductDetails phone = product(DIGITAL_SHOP, "不锁库存", 5, 7, 99_900);
        UUID sku = phone.skus().getFirst().id();
        actAs(newShopper());
        UUID line = cart.add(sku, 5);
        cart.changeQuantity(line, 3);
        actAs(newShopper());
        cart.add(sku, 5);

        assertThat(catalog.stockOf(sku)).isEqualTo(7);
    }

    @Test
    void accounts_without_the_shopper_role_have_no_cart() {
        ProductDetails phone = product(DIGITAL_SHOP, "商家不能买", 5, 50, 99_900);
        actAs(HOME_SHOP);

        assertThat(queries.myCart().isEmpty()).isTrue();
        assertThat(queries.count()).isZero();
        assertThatThrownBy(() -> cart.add(phone.skus().getFirst().id(), 1)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void an_unknown_sku_is_refused_as_unavailable() {
        actAs(newShopper());
        assertThatThrownBy(() -> cart.add(UUID.randomUUID(), 1))
                .isInstanceOfSatisfying(
                        RuleViolated.class, e -> assertThat(e.messageKey()).isEqualTo("error.cart.productUnavailable"));
    }
}
