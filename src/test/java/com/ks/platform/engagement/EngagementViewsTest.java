package com.ks.platform.engagement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.ks.platform.KaribuTest;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.engagement.ui.FavouritesView;
import com.ks.platform.engagement.ui.HistoryView;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.BehaviourEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** What a shopper sees on 我的收藏 and 浏览记录. */
class EngagementViewsTest extends KaribuTest {

    @Autowired
    TestCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    FavouriteService favourites;

    @Autowired
    Tracking tracking;

    @Test
    void a_shopper_sees_their_favourites_as_cards_and_can_remove_one() {
        ProductDetails lamp = product("收藏页的台灯");
        ProductDetails chair = product("收藏页的椅子");
        String shopper = shopper();
        actAs(shopper);
        favourites.add(lamp.id());
        favourites.add(chair.id());

        signInAs(shopper);
        UI.getCurrent().navigate(FavouritesView.class);
        String text = _get(FavouritesView.class).getElement().getTextRecursively();
        assertThat(text).contains("我的收藏", "共 2 件", "收藏页的台灯", "收藏页的椅子", "¥49.00", "悦居家居生活馆");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "取消收藏 收藏页的台灯")));

        assertThat(_get(FavouritesView.class).getElement().getTextRecursively())
                .contains("共 1 件")
                .doesNotContain("收藏页的台灯");
    }

    @Test
    void a_shopper_without_favourites_is_told_how_to_add_some() {
        signInAs(shopper());
        UI.getCurrent().navigate(FavouritesView.class);
        assertThat(_get(FavouritesView.class).getElement().getTextRecursively()).contains("还没有收藏的商品");
    }

    @Test
    void a_shopper_sees_recently_viewed_products_and_can_clear_them_all() {
        ProductDetails kettle = product("看过的水壶");
        String shopper = shopper();
        actAs(shopper);
        tracking.record(BehaviourEvent.pageView("product/" + kettle.id(), kettle.id(), 2_000));

        signInAs(shopper);
        UI.getCurrent().navigate(HistoryView.class);
        assertThat(_get(HistoryView.class).getElement().getTextRecursively()).contains("看过的水壶", "最近看过 1 件");

        _click(_get(Button.class, spec -> spec.withText("清空浏览记录")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(HistoryView.class).getElement().getTextRecursively())
                .contains("还没有浏览记录")
                .doesNotContain("看过的水壶");
    }

    private String shopper() {
        String email = uniqueEmail("tiles");
        accounts.registerShopper(new RegisterShopper(email, "看看", "good password 2026", true, true));
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
