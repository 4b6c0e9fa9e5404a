package com.ks.platform.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.catalog.ui.HomeView;
import com.ks.platform.catalog.ui.ProductCardView;
import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.catalog.ui.SearchView;
import com.ks.platform.web.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StorefrontViewsTest extends KaribuTest {

    @Autowired
    SearchService search;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    com.ks.platform.cart.CartQueries cart;

    @Autowired
    com.ks.platform.engagement.FavouriteService favourites;

    @Autowired
    com.ks.platform.identity.AccountService accounts;

    @BeforeEach
    void indexIsCurrent() {
        search.catchUp();
    }

    @Test
    void the_home_page_shows_new_arrivals_as_product_cards() {
        navigate("");
        _assertOne(HomeView.class);
        _assertOne(H2.class, spec -> spec.withText("新品上架"));
        assertThat(_find(ProductCardView.class)).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void searching_for_a_phone_lists_phones_with_the_result_count() {
        navigate("search?q=" + URLEncoder.encode("手机", StandardCharsets.UTF_8));
        _assertOne(SearchView.class);
        assertThat(_find(ProductCardView.class)).isNotEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("星耀 X20 智能手机 5G 全网通")))
                .isNotEmpty();
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.matches("共 \\d+ 件商品"));
    }

    @Test
    void an_empty_result_explains_and_suggests_new_arrivals() {
        navigate("search?q=" + URLEncoder.encode("完全不存在的东西xyzzy", StandardCharsets.UTF_8));
        _assertOne(H2.class, spec -> spec.withText("没有找到相关商品"));
        assertThat(_find(ProductCardView.class)).isNotEmpty();
    }

    @Test
    void a_hostile_search_string_shows_a_normal_page() {
        navigate("search?q="
                + URLEncoder.encode(
                        "<script>alert(1)</script>' OR 1=1 --📱" + "x".repeat(5000), StandardCharsets.UTF_8));
        _assertOne(SearchView.class);
    }

    @Test
    void the_product_page_shows_a_price_range_until_the_spec_is_chosen_and_disables_sold_out_combinations() {
        UUID phone = productTitled("星耀 X20 智能手机 5G 全网通");
        ProductDetails details = catalog.product(phone).orElseThrow();
        navigate("product/" + phone);
        _assertOne(ProductView.class);
        _assertOne(H1.class, spec -> spec.withText("星耀 X20 智能手机 5G 全网通"));
        _assertOne(Span.class, spec -> spec.withText("¥2,499.00 – ¥3,499.00"));
        _assertOne(Span.class, spec -> spec.withText("支持 7 天无理由退货"));
        _assertOne(Span.class, spec -> spec.withText(details.merchant().creditCode()));

        Sku soldOut =
                details.skus().stream().filter(s -> !s.inStock()).findFirst().orElseThrow();
        _click(_get(Button.class, spec -> spec.withText(soldOut.spec1Value())));
        Button soldOutChip = _get(Button.class, spec -> spec.withText(soldOut.spec2Value()));
        assertThat(soldOutChip.isEnabled())
                .as("sold-out combination is disabled")
                .isFalse();

        Sku available = details.skus().stream()
                .filter(s -> s.inStock() && s.spec1Value().equals(soldOut.spec1Value()))
                .findFirst()
                .orElseThrow();
        _click(_get(Button.class, spec -> spec.withText(available.spec2Value())));
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains(com.ks.platform.ui.Formats.money(available.priceFen(), java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(_get(IntegerField.class).getMax()).isEqualTo(Math.min(available.stock(), details.perOrderLimit()));
    }

    @Test
    void a_sold_out_spec_option_says_out_of_stock_in_words_not_only_in_grey() {
        UUID phone = productTitled("星耀 X20 智能手机 5G 全网通");
        ProductDetails details = catalog.product(phone).orElseThrow();
        navigate("product/" + phone);
        Sku soldOut =
                details.skus().stream().filter(s -> !s.inStock()).findFirst().orElseThrow();

        _click(_get(Button.class, spec -> spec.withText(soldOut.spec1Value())));

        Button soldOutChip = _get(Button.class, spec -> spec.withText(soldOut.spec2Value()));
        assertThat(soldOutChip.getElement().getTextRecursively()).contains("缺货");
        assertThat(_get(Button.class, spec -> spec.withText(soldOut.spec1Value()))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("缺货");
    }

    @Test
    void a_shopper_chooses_a_spec_and_adds_it_to_the_cart_from_the_product_page() {
        signInAs("zhaolei@ks.demo");
        UUID phone = productTitled("青柠 Note 12 手机 大屏长续航");
        Sku wanted = catalog.product(phone).orElseThrow().skus().stream()
                .filter(Sku::inStock)
                .findFirst()
                .orElseThrow();
        int before = cart.count();
        navigate("product/" + phone);
        _click(_get(Button.class, spec -> spec.withText(wanted.spec1Value())));
        _click(_get(Button.class, spec -> spec.withText(wanted.spec2Value())));
        _click(_get(Button.class, spec -> spec.withText("加入购物车")));
        assertThat(cart.count()).isEqualTo(before + 1);
        _assertOne(Span.class, spec -> spec.withClasses("ks-cart-count").withText(Integer.toString(before + 1)));
        assertThat(cart.myCart().shops().stream().flatMap(shop -> shop.lines().stream()))
                .anySatisfy(line -> assertThat(line.skuId()).isEqualTo(wanted.id()));
    }

    @Test
    void adding_without_choosing_the_spec_adds_nothing() {
        signInAs("zhaolei@ks.demo");
        int before = cart.count();
        navigate("product/" + productTitled("星耀 X20 智能手机 5G 全网通"));
        _click(_get(Button.class, spec -> spec.withText("加入购物车")));
        assertThat(cart.count()).isEqualTo(before);
    }

    @Test
    void recommended_cards_offer_feedback_and_not_interested_removes_the_card_at_once() {
        String email = uniqueEmail("home-rec");
        accounts.registerShopper(
                new com.ks.platform.identity.RegisterShopper(email, "推荐", "a long enough secret", true, true));
        actAs(email);
        favourites.add(productTitled("星耀 X20 智能手机 5G 全网通"));
        signInAs(email);
        navigate("");
        _assertOne(H2.class, spec -> spec.withText("为你推荐"));
        var buttons = _find(Button.class, spec -> spec.withText("不感兴趣"));
        assertThat(buttons).isNotEmpty();
        String dismissed =
                buttons.getFirst().getElement().getAttribute("aria-label").replace("不感兴趣：", "");
        _click(buttons.getFirst());
        assertThat(_find(Button.class, spec -> spec.withText("不感兴趣")).stream()
                        .map(b -> b.getElement().getAttribute("aria-label")))
                .doesNotContain("不感兴趣：" + dismissed);
    }

    @Test
    void a_shopper_switches_personalisation_off_and_the_recommendations_disappear() {
        String email = uniqueEmail("privacy");
        accounts.registerShopper(
                new com.ks.platform.identity.RegisterShopper(email, "隐私", "a long enough secret", true, true));
        actAs(email);
        favourites.add(productTitled("星耀 X20 智能手机 5G 全网通"));
        signInAs(email);
        navigate("account/privacy");
        var checkbox = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("个性化推荐"));
        assertThat(checkbox.getValue()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(checkbox, false);
        navigate("");
        assertThat(_find(H2.class, spec -> spec.withText("为你推荐"))).isEmpty();
    }

    @Test
    void the_shop_filter_narrows_search_to_one_shop() {
        navigate("search");
        var shop = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("店铺"));
        @SuppressWarnings("unchecked")
        var stores = (com.vaadin.flow.component.select.Select<com.ks.platform.merchant.StoreCard>) shop;
        var fruit = stores.getListDataView()
                .getItems()
                .filter(s -> s.storeName().equals("鲜果时光"))
                .findFirst()
                .orElseThrow();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(stores, fruit);
        assertThat(_find(ProductCardView.class)).isNotEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("ks-product-store")))
                .allSatisfy(store -> assertThat(store.getText()).isEqualTo("鲜果时光"));
    }

    @Test
    void perishable_food_states_why_it_cannot_be_returned_without_reason() {
        navigate("product/" + productTitled("赣南脐橙 新鲜当季 现摘现发"));
        _assertOne(Span.class, spec -> spec.withText("不支持 7 天无理由退货：鲜活易腐商品"));
    }

    @Test
    void an_unknown_or_malformed_product_id_shows_not_found() {
        navigate("product/" + UUID.randomUUID());
        _assertOne(NotFoundView.class);
        navigate("product/not-a-uuid");
        _assertOne(NotFoundView.class);
    }

    private UUID productTitled(String title) {
        return search.search(SearchQuery.of(title).page(0, 10)).hits().stream()
                .filter(card -> card.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
