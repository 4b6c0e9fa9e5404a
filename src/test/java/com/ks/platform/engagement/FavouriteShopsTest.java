package com.ks.platform.engagement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestMerchants;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.catalog.ui.ProductCardView;
import com.ks.platform.catalog.ui.ProductView;
import com.ks.platform.catalog.ui.SearchView;
import com.ks.platform.engagement.ui.FavouritesView;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.merchant.BusinessCategory;
import com.ks.platform.shared.NotFound;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** 收藏店铺 on the shop page and the merchant card, the 收藏的店铺 tab, and 收藏 on product cards. */
class FavouriteShopsTest extends KaribuTest {

    private static final String DEMO_SHOP = "悦居家居生活馆";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestCatalog catalog;

    @Autowired
    SearchService search;

    @Autowired
    AccountService accounts;

    @Autowired
    FavouriteService favourites;

    @Autowired
    EngagementQueries queries;

    @Test
    void a_shopper_saves_a_shop_on_its_page_finds_it_on_the_shops_tab_and_removes_it_there() {
        ProductDetails lamp = product("收藏店铺的台灯");
        UUID shop = lamp.merchant().id();
        String shopper = shopper();
        signInAs(shopper);

        navigate("shop/" + shop);
        _click(_get(Button.class, spec -> spec.withText("收藏店铺")));
        assertThat(_find(Button.class, spec -> spec.withText("已收藏店铺"))).hasSize(1);

        navigate("account/favourites?tab=SHOPS");
        String text = _get(FavouritesView.class).getElement().getTextRecursively();
        assertThat(text).contains("收藏的店铺 1", "共 1 家店铺", DEMO_SHOP);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "取消收藏 " + DEMO_SHOP)));
        assertThat(_get(FavouritesView.class).getElement().getTextRecursively())
                .contains("还没有收藏的店铺")
                .doesNotContain("共 1 家店铺");
        actAs(shopper);
        assertThat(favourites.isFavouriteShop(shop)).isFalse();
    }

    @Test
    void the_merchant_card_on_a_product_page_saves_the_shop_too_and_a_second_press_removes_it() {
        ProductDetails chair = product("收藏店铺的椅子");
        String shopper = shopper();
        signInAs(shopper);

        navigate("product/" + chair.id());
        _get(ProductView.class);
        _click(_get(Button.class, spec -> spec.withText("收藏店铺")));
        actAs(shopper);
        assertThat(queries.myFavouriteShops(0, 10))
                .extracting(FavouriteShop::storeName)
                .containsExactly(DEMO_SHOP);

        _click(_get(Button.class, spec -> spec.withText("已收藏店铺")));
        actAs(shopper);
        assertThat(queries.myFavouriteShopCount()).isZero();
    }

    @Test
    void a_visitor_pressing_save_shop_is_led_to_sign_in_and_nothing_is_saved() {
        UUID shop = product("访客看的店").merchant().id();
        navigate("shop/" + shop);
        _click(_get(Button.class, spec -> spec.withText("收藏店铺")));
        _get(LoginView.class);
    }

    @Test
    void one_shoppers_saved_shops_are_not_anothers_and_a_merchant_sees_no_save_button() {
        UUID shop = product("各收各的店").merchant().id();
        String first = shopper();
        String second = shopper();
        actAs(first);
        favourites.addShop(shop);
        favourites.addShop(shop);
        assertThat(queries.myFavouriteShopCount()).isEqualTo(1);
        actAs(second);
        assertThat(queries.myFavouriteShopCount()).isZero();
        assertThat(favourites.isFavouriteShop(shop)).isFalse();
        SecurityContextHolder.clearContext();

        signInAs("merchant@ks.demo");
        navigate("shop/" + shop);
        assertThat(_find(Button.class, spec -> spec.withText("收藏店铺"))).isEmpty();
    }

    @Test
    void a_shop_without_a_storefront_page_or_a_made_up_id_cannot_be_saved() {
        var pending = new TestMerchants(context, this::actAs).signUp(BusinessCategory.BOOKS);
        String shopper = shopper();
        actAs(shopper);
        assertThatThrownBy(() -> favourites.addShop(pending.id()))
                .isInstanceOf(NotFound.class)
                .hasMessage("error.merchant.notFound");
        assertThatThrownBy(() -> favourites.addShop(UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThat(queries.myFavouriteShopCount()).isZero();
    }

    @Test
    void a_shopper_saves_a_product_with_the_heart_on_its_search_card_without_leaving_the_list() {
        ProductDetails kettle = product("心形收藏水壶");
        search.catchUp();
        String shopper = shopper();
        signInAs(shopper);

        navigate("search?q=心形收藏水壶");
        _click(heartOf("心形收藏水壶"));

        _get(SearchView.class);
        assertThat(heartOf("心形收藏水壶").getElement().getAttribute("aria-label")).isEqualTo("已收藏");
        actAs(shopper);
        assertThat(favourites.favouritesAmong(List.of(kettle.id()))).containsExactly(kettle.id());
    }

    @Test
    void a_visitor_pressing_the_heart_on_a_card_is_led_to_sign_in() {
        product("访客的心形水杯");
        search.catchUp();
        navigate("search?q=访客的心形水杯");
        _click(heartOf("访客的心形水杯"));
        _get(LoginView.class);
    }

    /** The heart beside the product card with the title (a search may list related products too). */
    private static Button heartOf(String title) {
        ProductCardView card = _find(ProductCardView.class).stream()
                .filter(c -> c.getElement().getTextRecursively().contains(title))
                .findFirst()
                .orElseThrow();
        return card.getParent()
                .orElseThrow()
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private String shopper() {
        String email = uniqueEmail("shops");
        accounts.registerShopper(new RegisterShopper(email, "逛店", "good password 2026", true, true));
        return email;
    }

    private ProductDetails product(String title) {
        actAs("home@ks.demo");
        try {
            return catalog.publishIn("STORAGE", title, 5, 20, 4_900);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
