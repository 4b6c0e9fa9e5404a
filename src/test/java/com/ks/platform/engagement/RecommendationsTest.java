package com.ks.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.Recommendations;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import com.ks.platform.shared.BehaviourEvent.Feedback;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RecommendationsTest extends KsIntegrationTest {

    @Autowired
    Recommendations recommendations;

    @Autowired
    FavouriteService favourites;

    @Autowired
    AccountService accounts;

    @Autowired
    SearchService search;

    @Test
    void a_shopper_who_favourites_a_phone_is_recommended_phones_and_not_interested_hides_one_at_once() {
        String email = shopper(true);
        actAs(email);
        favourites.add(phone());
        var first = recommendations.forCurrentShopper(5);
        assertThat(first)
                .isNotEmpty()
                .allSatisfy(card -> assertThat(card.categoryCode()).isEqualTo("PHONE"));

        UUID dismissed = first.getFirst().id();
        recommendations.feedback(dismissed, Feedback.NOT_INTERESTED);
        assertThat(recommendations.forCurrentShopper(5))
                .extracting(ProductCard::id)
                .doesNotContain(dismissed);
    }

    @Test
    void with_personalisation_switched_off_nothing_personal_is_recommended_pipl_art_24() {
        String email = shopper(true);
        actAs(email);
        favourites.add(phone());
        assertThat(recommendations.forCurrentShopper(5)).isNotEmpty();
        accounts.changeMyPersonalisation(false);
        assertThat(recommendations.forCurrentShopper(5)).isEmpty();
    }

    @Test
    void visitors_get_no_personal_recommendations() {
        assertThat(recommendations.forCurrentShopper(5)).isEmpty();
    }

    private String shopper(boolean personalisation) {
        String email = uniqueEmail("rec");
        accounts.registerShopper(new RegisterShopper(email, "推荐测试", "a long enough secret", true, personalisation));
        return email;
    }

    private UUID phone() {
        search.catchUp();
        return search.search(SearchQuery.of("星耀 X20 智能手机").page(0, 5)).hits().stream()
                .filter(card -> card.categoryCode().equals("PHONE"))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
