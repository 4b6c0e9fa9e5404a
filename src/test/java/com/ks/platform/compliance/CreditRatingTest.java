package com.ks.platform.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.compliance.ui.MerchantRatingView;
import com.ks.platform.shared.AuditTrail;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 商家信用评级: explained components, weights, grades, history, and the grade shoppers see. */
class CreditRatingTest extends ViolationTestSupport {

    @Autowired
    CreditRatingService ratings;

    @Autowired
    AuditTrail audit;

    @Test
    void a_clean_new_shop_is_rated_a_on_the_sources_that_have_something_to_say() {
        var shop = shopWithAProduct();
        actAs(OFFICER);

        Rating rating = ratings.recompute(shop.merchant().id());

        assertThat(rating.grade()).isEqualTo("A");
        assertThat(rating.score()).isEqualTo(100);
        assertThat(rating.components())
                .as("no reviews yet: that source is left out, the others' weights count")
                .containsExactlyInAnyOrder(
                        new Rating.Component("violations", "0", 25, 100),
                        new Rating.Component("qualification", "ACTIVE", 15, 100));
    }

    @Test
    void a_suspension_lowers_the_weighted_score_to_e_and_the_fall_below_the_line_is_recorded() {
        var shop = shopWithAProduct();
        actAs(OFFICER);
        ratings.recompute(shop.merchant().id());
        record(shop.merchant().id(), Penalty.SUSPENSION, Set.of());

        Rating rating = ratings.recompute(shop.merchant().id());

        // (75 points × 25 + 10 points × 15) / 40 = 51
        assertThat(rating.score()).isEqualTo(51);
        assertThat(rating.grade()).isEqualTo("E");
        assertThat(ratings.history(shop.merchant().id()))
                .extracting(Rating::grade)
                .containsExactly("E", "A");
        assertThat(audit.historyOf("merchant", shop.merchant().id().toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("rating.alert"));
    }

    @Test
    void shoppers_see_the_grade_on_the_shop_page_and_officers_see_its_reasons() {
        var shop = shopWithAProduct();
        actAs(OFFICER);
        ratings.recompute(shop.merchant().id());

        signInAs("shopper@ks.demo");
        navigate("shop/" + shop.merchant().id());
        _assertOne(Span.class, spec -> spec.withText("信用 A 级"));
        assertThatThrownBy(() -> ratings.recompute(shop.merchant().id())).isInstanceOf(AccessDeniedException.class);

        signInAs(OFFICER);
        navigate("compliance/ratings/" + shop.merchant().id());
        _assertOne(MerchantRatingView.class);
        _assertOne(
                Paragraph.class,
                spec -> spec.withPredicate(
                        p -> p.getText().startsWith("计入的来源：") && p.getText().contains("发货及时率")));
        _assertOne(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("当前等级 A，得分 100")));
    }
}
