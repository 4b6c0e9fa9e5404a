package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.ORDERING_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.aftersales.TestPurchases.Purchase;
import com.ks.platform.compliance.CreditRatingService;
import com.ks.platform.compliance.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The credit rating's sources owned by ordering and after-sales: on-time shipment, complaints per 1 000 orders, the
 * after-sales rate and disputes lost, each with its value as the officer reads it.
 */
class MerchantRatingSourcesTest extends AfterSalesTestSupport {

    static final String OFFICER = "compliance@ks.demo";

    @Autowired
    CreditRatingService ratings;

    @Autowired
    Complaints complaints;

    @Autowired
    DSLContext db;

    @Test
    void a_late_shipment_and_an_upheld_complaint_lower_the_grade_with_their_reasons() {
        Purchase purchase = delivered(1);
        Instant paid = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        db.update(ORDERING_ORDER)
                .set(ORDERING_ORDER.PAID_AT, paid)
                .set(ORDERING_ORDER.SHIPPED_AT, paid.plus(Duration.ofHours(72)))
                .where(ORDERING_ORDER.ID.eq(purchase.orderId()))
                .execute();
        UUID complaint = as(
                purchase.shopper(),
                () -> service.apply(new ApplyCase(
                        purchase.orderId(), purchase.line().id(), CaseReason.COMPLAINT_ATTITUDE, "三天才发货还不回消息", 0)));
        run(PlatformDecisionsTest.AGENT, () -> complaints.uphold(complaint, 0, "商家确实延迟发货"));
        UUID merchantId =
                as(purchase.shopper(), () -> orders.myOrder(purchase.orderId()).merchantId());

        Rating rating = as(OFFICER, () -> ratings.recompute(merchantId));

        assertThat(rating.components())
                .contains(
                        new Rating.Component("shipment", "0/1 (0%)", 15, 0),
                        new Rating.Component("complaints", "1000.0‰ (1/1)", 10, 0),
                        new Rating.Component("aftersales", "0.0% (0/1)", 10, 100),
                        new Rating.Component("disputes", "1", 10, 80));
        // violations 100×25, qualification 100×15, shipment 0×15, complaints 0×10, after-sales 100×10, disputes 80×10
        assertThat(rating.score()).isEqualTo(Math.round((2500 + 1500 + 0 + 0 + 1000 + 800) / 85f));
        assertThat(rating.grade()).as("68 points").isEqualTo("D");
    }

    @Test
    void an_order_shipped_within_48_hours_of_payment_counts_as_on_time() {
        Purchase onTime = shipped(1, null);
        Instant paid = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        db.update(ORDERING_ORDER)
                .set(ORDERING_ORDER.PAID_AT, paid)
                .set(ORDERING_ORDER.SHIPPED_AT, paid.plus(Duration.ofHours(47)))
                .where(ORDERING_ORDER.ID.eq(onTime.orderId()))
                .execute();
        UUID merchantId =
                as(onTime.shopper(), () -> orders.myOrder(onTime.orderId()).merchantId());

        Rating rating = as(OFFICER, () -> ratings.recompute(merchantId));

        assertThat(rating.components()).contains(new Rating.Component("shipment", "1/1 (100%)", 15, 100));
    }
}
