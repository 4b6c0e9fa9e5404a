package com.ks.platform.promotion.points;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.KaribuTest;
import com.ks.platform.TestBuyers;
import com.ks.platform.shared.BusinessTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Points earned in a year are kept through the next one and expire after it, once, oldest first. */
class PointsExpiryTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PointsExpiry expiry;

    @Autowired
    PointsService points;

    @Test
    void points_earned_this_year_outlive_last_years_expiry_and_expire_once_after_the_next_year() {
        var buyer = new TestBuyers(context, this::actAs).registered("expiry", "过期买家", "王五");
        as("admin@ks.demo", () -> points.grantCampaign("过期测试", 300, List.of(buyer.email())));
        int thisYear = BusinessTime.dayOf(Instant.now()).getYear();

        expiry.expireEarnedIn(thisYear - 1);
        assertThat(as(buyer.email(), () -> points.mine().balance())).isEqualTo(300);
        assertThat(as(buyer.email(), () -> points.mine().expiringThisYear())).isZero();

        // as on 1 January two years on: this year's points are over
        expiry.expireEarnedIn(thisYear);
        expiry.expireEarnedIn(thisYear);
        assertThat(as(buyer.email(), () -> points.mine().balance())).isZero();
        assertThat(as(buyer.email(), () -> points.history(0, 10)))
                .extracting(PointsEntry::kind)
                .containsExactly(PointsKind.EXPIRED, PointsKind.CAMPAIGN);
    }
}
