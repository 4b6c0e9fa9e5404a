package com.ks.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.cart.CartService;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.TestCatalog;
import com.ks.platform.identity.AccountQueries;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.BehaviourEvent;
import com.ks.platform.shared.NotFound;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class EngagementTest extends KsIntegrationTest {

    @Autowired
    TestCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountQueries accountQueries;

    @Autowired
    FavouriteService favourites;

    @Autowired
    EngagementQueries queries;

    @Autowired
    HistoryService history;

    @Autowired
    Tracking tracking;

    @Autowired
    RecommendationFeedback feedback;

    @Autowired
    BehaviourEventRepository events;

    @Autowired
    CartService cart;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void favouriting_twice_keeps_one_and_the_list_is_newest_first() {
        ProductDetails first = product("先收藏的台灯", "CLEANING");
        ProductDetails second = product("后收藏的台灯", "CLEANING");
        actAs(shopper(true));

        favourites.add(first.id());
        favourites.add(first.id());
        favourites.add(second.id());

        assertThat(queries.myFavouriteCount()).isEqualTo(2);
        assertThat(queries.myFavourites(0, 10)).extracting(ProductCard::id).containsExactly(second.id(), first.id());
        assertThat(favourites.toggle(first.id())).isFalse();
        assertThat(favourites.isFavourite(first.id())).isFalse();
        favourites.remove(first.id());
        assertThat(favourites.toggle(first.id())).isTrue();
        assertThat(queries.myFavouriteCount()).isEqualTo(2);
    }

    @Test
    void products_off_sale_cannot_be_favourited_and_drop_out_of_the_list() {
        ProductDetails lamp = product("即将下架的台灯", "CLEANING");
        String shopper = shopper(true);
        actAs(shopper);
        favourites.add(lamp.id());
        actAs("home@ks.demo");
        catalog.unpublish(lamp.id());

        actAs(shopper);
        assertThat(queries.myFavourites(0, 10)).isEmpty();
        assertThatThrownBy(() -> favourites.add(UUID.randomUUID())).isInstanceOf(NotFound.class);
        favourites.remove(lamp.id());
        assertThat(queries.myFavouriteCount()).isZero();
    }

    @Test
    void favourites_and_history_belong_to_shoppers_only() {
        actAs("merchant@ks.demo");
        assertThatThrownBy(() -> queries.myFavouriteCount()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> history.clearMyHistory()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void opening_a_product_puts_it_on_top_of_the_history_once_and_clear_all_empties_it() {
        ProductDetails a = product("看过的锅", "KITCHEN");
        ProductDetails b = product("又看过的碗", "KITCHEN");
        actAs(shopper(false));

        tracking.record(BehaviourEvent.pageView("product/" + a.id(), a.id(), 3_000));
        tracking.record(BehaviourEvent.pageView("product/" + b.id(), b.id(), 1_000));
        tracking.record(BehaviourEvent.pageView("product/" + a.id(), a.id(), 500));

        assertThat(queries.myHistory(0, 10)).extracting(ProductCard::id).containsExactly(a.id(), b.id());
        assertThat(history.clearMyHistory()).isEqualTo(2);
        assertThat(queries.myHistoryCount()).isZero();
    }

    @Test
    void with_personalisation_consent_off_events_are_stored_without_the_shopper() {
        ProductDetails pot = product("不个性化的锅", "KITCHEN");
        String shopper = shopper(false);
        actAs(shopper);
        UUID accountId = accountQueries.findByEmail(shopper).orElseThrow();

        tracking.record(BehaviourEvent.productClick(pot.id(), "search"));
        tracking.record(BehaviourEvent.pageView("product/" + pot.id(), pot.id(), 12_000));

        assertThat(events.ofProduct(pot.id(), 10))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.accountId()).isNull());
        assertThat(events.ofAccount(accountId, 10)).isEmpty();
    }

    @Test
    void with_consent_on_events_are_tied_to_the_shopper_until_they_switch_it_off() {
        ProductDetails pot = product("个性化的锅", "KITCHEN");
        String shopper = shopper(true);
        actAs(shopper);
        UUID accountId = accountQueries.findByEmail(shopper).orElseThrow();

        tracking.record(BehaviourEvent.productClick(pot.id(), "home"));
        accounts.changeMyPersonalisation(false);
        tracking.record(BehaviourEvent.productClick(pot.id(), "home"));

        assertThat(events.ofProduct(pot.id(), 10))
                .extracting(BehaviourEventRepository.StoredEvent::accountId)
                .containsExactlyInAnyOrder(accountId, null);
    }

    @Test
    void visitors_events_are_anonymous_and_search_queries_are_trimmed() {
        SecurityContextHolder.clearContext();
        String query = "  无线耳机" + "长".repeat(200);
        UUID marker = UUID.randomUUID();

        tracking.record(new BehaviourEvent(BehaviourEvent.Type.SEARCH, marker, "search", null, query, -3, null, null));

        var stored = events.ofProduct(marker, 1).getFirst();
        assertThat(stored.accountId()).isNull();
        assertThat(stored.searchQuery()).startsWith("无线耳机").hasSize(100);
    }

    @Test
    void an_add_to_cart_is_recorded_after_it_commits_and_a_refused_one_is_not() {
        ProductDetails pot = product("加购的锅", "KITCHEN");
        String shopper = shopper(true);
        actAs(shopper);
        UUID accountId = accountQueries.findByEmail(shopper).orElseThrow();

        cart.add(pot.skus().getFirst().id(), 1);
        assertThatThrownBy(() -> cart.add(pot.skus().getFirst().id(), 999)).isNotNull();

        assertThat(events.ofAccount(accountId, 10))
                .extracting(BehaviourEventRepository.StoredEvent::type)
                .containsExactly("ADD_TO_CART");
    }

    @Test
    void published_events_outside_a_transaction_are_recorded_at_once() {
        ProductDetails pot = product("首页点击的锅", "KITCHEN");
        actAs(shopper(true));

        publisher.publishEvent(BehaviourEvent.productClick(pot.id(), "home"));

        assertThat(events.ofProduct(pot.id(), 10))
                .extracting(BehaviourEventRepository.StoredEvent::type)
                .containsExactly("PRODUCT_CLICK");
    }

    @Test
    void not_interested_feedback_hides_products_and_penalises_their_category() {
        ProductDetails pot = product("不感兴趣的锅", "KITCHEN");
        ProductDetails pan = product("也不感兴趣的锅", "KITCHEN");
        ProductDetails bought = product("买过的锅", "KITCHEN");
        ProductDetails liked = product("感兴趣的锅", "KITCHEN");
        actAs(shopper(false));

        feedback.record(pot.id(), BehaviourEvent.Feedback.NOT_INTERESTED);
        feedback.record(pan.id(), BehaviourEvent.Feedback.NOT_INTERESTED);
        feedback.record(bought.id(), BehaviourEvent.Feedback.ALREADY_BOUGHT);
        feedback.record(liked.id(), BehaviourEvent.Feedback.NOT_INTERESTED);
        feedback.record(liked.id(), BehaviourEvent.Feedback.INTERESTED);

        assertThat(feedback.notInterestedProductIds()).containsExactlyInAnyOrder(pot.id(), pan.id());
        assertThat(feedback.alreadyBoughtProductIds()).containsExactly(bought.id());
        assertThat(feedback.categoryPenalties()).containsEntry("KITCHEN", 2);
    }

    private String shopper(boolean personalisation) {
        String email = uniqueEmail("engage");
        accounts.registerShopper(new RegisterShopper(email, "逛逛", "good password 2026", true, personalisation));
        return email;
    }

    private ProductDetails product(String title, String category) {
        actAs("home@ks.demo");
        try {
            return catalog.publishIn(category, title, 5, 20, 4_900);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
