package com.ks.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.ordering.PurchaseHistory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The explainable score: fixed points per band, the standing and the limit that follow (PIPL art. 24). */
class CreditScoringTest {

    private static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");
    private static final CreditScoring SCORING = new CreditScoring(new CreditSettings(null, 0, null, 0, 0, 0, null));
    private static final CreditScoring.Repayments NONE = new CreditScoring.Repayments(0, 0, 0);

    @Test
    void a_new_account_without_orders_gets_no_credit() {
        var assessment = SCORING.assess(NOW, new PurchaseHistory.Summary(0, 0, 0), NONE, NOW);

        assertThat(assessment.standing()).isEqualTo(CreditStanding.NO_HISTORY);
        assertThat(assessment.limitFen()).isZero();
        assertThat(assessment.score()).isZero();
        assertThat(assessment.factors())
                .hasSize(5)
                .allSatisfy(f -> assertThat(f.points()).isZero());
    }

    @Test
    void a_young_account_with_one_order_gets_the_starter_limit() {
        var assessment =
                SCORING.assess(NOW.minus(Duration.ofDays(3)), new PurchaseHistory.Summary(1, 12_900, 0), NONE, NOW);

        assertThat(assessment.standing()).isEqualTo(CreditStanding.STARTER);
        assertThat(assessment.limitFen()).isEqualTo(100_000);
        // 1 order → 10, no cancellations → 20
        assertThat(assessment.score()).isEqualTo(30);
    }

    @Test
    void an_established_shopper_gets_the_limit_of_the_tier_their_points_reach() {
        var assessment = SCORING.assess(
                NOW.minus(Duration.ofDays(400)),
                new PurchaseHistory.Summary(12, 1_500_000, 0),
                new CreditScoring.Repayments(3, 0, 0),
                NOW);

        // age 30 + orders 30 + amount 30 + refunds 20 + repayments 20
        assertThat(assessment.score()).isEqualTo(130);
        assertThat(assessment.standing()).isEqualTo(CreditStanding.SCORED);
        assertThat(assessment.limitFen()).isEqualTo(2_000_000);
    }

    @Test
    void many_cancellations_and_an_overdue_bill_cost_points_and_limit() {
        var assessment = SCORING.assess(
                NOW.minus(Duration.ofDays(400)),
                new PurchaseHistory.Summary(5, 300_000, 5),
                new CreditScoring.Repayments(1, 0, 1),
                NOW);

        // age 30 + orders 20 + amount 20 + refunds (50 %) −10 + overdue −50
        assertThat(assessment.score()).isEqualTo(10);
        assertThat(assessment.limitFen()).isEqualTo(100_000);
        assertThat(assessment.factors())
                .filteredOn(f -> f.code() == CreditFactor.Code.REFUND_RATE)
                .singleElement()
                .satisfies(f -> assertThat(f.observed()).isEqualTo("5/10"));
    }
}
