package com.ks.platform.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ReturnExclusion;
import com.ks.platform.catalog.ReturnPolicy;
import com.ks.platform.ordering.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The eligibility windows, at chosen moments after delivery. */
class EligibilityTest {

    private static final Instant DELIVERED = Instant.parse("2026-11-01T10:00:00Z");
    private static final ReturnPolicy RETURNABLE = ReturnPolicy.of(true, null);
    private static final Eligibility.Periods PERIODS =
            new Eligibility.Periods(Duration.ofDays(15), Duration.ofDays(15), Duration.ofDays(365));

    private static Eligibility.Verdict check(CaseReason reason, OrderStatus status, ReturnPolicy policy, Instant now) {
        return Eligibility.check(reason, status, DELIVERED, policy, PERIODS, now);
    }

    @Test
    void consumer_protection_law_art_25_allows_a_no_reason_return_for_seven_days_after_delivery_at_the_shoppers_cost() {
        var onDaySeven =
                check(CaseReason.NO_REASON, OrderStatus.COMPLETED, RETURNABLE, DELIVERED.plus(Duration.ofDays(7)));
        var onDayEight = check(
                CaseReason.NO_REASON,
                OrderStatus.COMPLETED,
                RETURNABLE,
                DELIVERED.plus(Duration.ofDays(7).plusMinutes(1)));

        assertThat(onDaySeven.allowed()).isTrue();
        assertThat(onDaySeven.shopperPaysShipping()).isTrue();
        assertThat(onDaySeven.windowClosesAt()).isEqualTo(DELIVERED.plus(Duration.ofDays(7)));
        assertThat(onDayEight.allowed()).isFalse();
        assertThat(onDayEight.refusalKey()).isEqualTo("aftersales.refused.noReasonWindowOver");
    }

    @Test
    void consumer_protection_law_art_25_exclusions_have_no_no_reason_return_even_on_the_day_of_delivery() {
        for (ReturnExclusion exclusion : ReturnExclusion.values()) {
            var verdict =
                    check(CaseReason.NO_REASON, OrderStatus.DELIVERED, ReturnPolicy.of(false, exclusion), DELIVERED);
            assertThat(verdict.refusalKey()).as(exclusion.name()).isEqualTo("aftersales.refused.excluded");
        }
    }

    @Test
    void a_quality_problem_is_accepted_within_the_categorys_period_at_the_merchants_cost_and_refused_after() {
        var within = check(
                CaseReason.QUALITY_PROBLEM,
                OrderStatus.COMPLETED,
                ReturnPolicy.of(false, ReturnExclusion.PERISHABLE),
                DELIVERED.plus(Duration.ofDays(14)));
        var after =
                check(CaseReason.WRONG_ITEM, OrderStatus.COMPLETED, RETURNABLE, DELIVERED.plus(Duration.ofDays(16)));

        assertThat(within.allowed()).isTrue();
        assertThat(within.shopperPaysShipping()).isFalse();
        assertThat(after.refusalKey()).isEqualTo("aftersales.refused.qualityPeriodOver");
    }

    @Test
    void the_quality_period_is_configured_per_top_level_category_with_a_default() {
        var settings = new AfterSalesSettings(
                null,
                null,
                null,
                null,
                Duration.ofDays(15),
                java.util.Map.of("DIGITAL", Duration.ofDays(365)),
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(settings.qualityPeriod("DIGITAL")).isEqualTo(Duration.ofDays(365));
        assertThat(settings.qualityPeriod("FOOD")).isEqualTo(Duration.ofDays(15));
        assertThat(settings.merchantAnswer()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void an_exchange_is_open_for_15_days_and_a_repair_for_a_year_after_delivery_at_the_merchants_cost() {
        Instant fourMonthsLater = DELIVERED.plus(Duration.ofDays(120));

        assertThat(check(
                                CaseReason.EXCHANGE_FAULTY,
                                OrderStatus.COMPLETED,
                                RETURNABLE,
                                DELIVERED.plus(Duration.ofDays(14)))
                        .allowed())
                .isTrue();
        assertThat(check(CaseReason.EXCHANGE_FAULTY, OrderStatus.COMPLETED, RETURNABLE, fourMonthsLater)
                        .refusalKey())
                .isEqualTo("aftersales.refused.qualityPeriodOver");
        var repair = check(CaseReason.REPAIR_FAULTY, OrderStatus.COMPLETED, RETURNABLE, fourMonthsLater);
        assertThat(repair.allowed()).isTrue();
        assertThat(repair.shopperPaysShipping()).isFalse();
        assertThat(repair.windowClosesAt()).isEqualTo(DELIVERED.plus(Duration.ofDays(365)));
    }

    @Test
    void refund_only_is_for_orders_not_yet_shipped_or_shipped_and_never_received() {
        assertThat(check(CaseReason.NOT_WANTED_BEFORE_SHIPMENT, OrderStatus.PAID, RETURNABLE, DELIVERED)
                        .allowed())
                .isTrue();
        assertThat(check(CaseReason.NOT_WANTED_BEFORE_SHIPMENT, OrderStatus.SHIPPED, RETURNABLE, DELIVERED)
                        .refusalKey())
                .isEqualTo("aftersales.refused.alreadyShipped");
        assertThat(check(CaseReason.NOT_RECEIVED, OrderStatus.SHIPPED, RETURNABLE, DELIVERED)
                        .allowed())
                .isTrue();
        assertThat(check(CaseReason.NOT_RECEIVED, OrderStatus.COMPLETED, RETURNABLE, DELIVERED)
                        .refusalKey())
                .isEqualTo("aftersales.refused.notInTransit");
    }
}
