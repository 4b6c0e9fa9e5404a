package com.ks.platform.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.catalog.ui.ProductCardView;
import com.ks.platform.engagement.FavouriteService;
import com.ks.platform.web.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The storefront pieces that reviews feed or that sit beside them: shop pages, the product card's rating, 收藏. */
class StorefrontReviewsTest extends ReviewTestSupport {

    @Autowired
    SearchService search;

    @Autowired
    FavouriteService favourites;

    @Test
    void a_shop_page_shows_name_licence_rating_and_its_products_searchable_within_the_shop() {
        Shop shop = newShop();
        ProductDetails rated = newProduct(shop, "香薰蜡烛");
        ProductDetails other = newProduct(shop, "陶瓷茶杯");
        Buyer buyer = newBuyer();
        write(buyer, review(delivered(shop, buyer, rated), 4, "店铺页测试评价内容", List.of()));
        awaitRatingCount(rated.id(), 1);
        search.catchUp();

        navigate("product/" + rated.id());
        navigate(_get(RouterLink.class, spec -> spec.withText("进入店铺")).getHref());

        _get(H1.class, spec -> spec.withText(shop.storeName()));
        _get(Span.class, spec -> spec.withText("4.0 分 · 1 条评价"));
        _get(Span.class, spec -> spec.withText("测试贸易有限公司"));
        assertThat(_find(ProductCardView.class)).hasSize(2);
        _get(Span.class, spec -> spec.withText(rated.title()));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("在本店搜索")), "茶杯");
        assertThat(_find(ProductCardView.class)).hasSize(1);
        _get(Span.class, spec -> spec.withText(other.title()));
    }

    @Test
    void the_home_pages_shop_cards_lead_to_the_shop() {
        navigate("");
        RouterLink card = _find(RouterLink.class, spec -> spec.withClasses("ks-store-card"))
                .getFirst();
        String name = card.getChildren()
                .filter(H3.class::isInstance)
                .map(h -> ((H3) h).getText())
                .findFirst()
                .orElseThrow();

        navigate(card.getHref());

        _get(H1.class, spec -> spec.withText(name));
    }

    @Test
    void a_visitors_favourite_leads_to_sign_in_and_a_shopper_saves_and_unsaves_from_the_product_page() {
        ProductDetails product = newProduct(newShop());
        navigate("product/" + product.id());
        _click(_get(Button.class, spec -> spec.withText("收藏")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);

        Buyer buyer = newBuyer();
        signInAs(buyer.email());
        navigate("product/" + product.id() + "/favourite");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("product/" + product.id());
        _click(_get(Button.class, spec -> spec.withText("收藏")));
        _get(Button.class, spec -> spec.withText("已收藏"));
        assertThat(favourites.isFavourite(product.id())).isTrue();

        _click(_get(Button.class, spec -> spec.withText("已收藏")));
        assertThat(favourites.isFavourite(product.id())).isFalse();
    }
}
