package com.ks.platform.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CouponMathTest {

    private static CouponTerms terms(CouponKind kind, long threshold, Long off, Integer percent, Long cap) {
        return new CouponTerms(
                null,
                null,
                null,
                "券",
                kind,
                threshold,
                off,
                percent,
                cap,
                CouponScope.ALL,
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                1,
                0,
                1,
                false,
                false);
    }

    @Test
    void a_discount_split_over_lines_adds_up_exactly_and_the_left_over_fen_go_to_the_largest_remainders() {
        long[] shares = CouponMath.allocate(2_000, new long[] {12_000, 6_000});
        // 1333.33 and 666.67: the fen left over goes to the second line, whose remainder is larger
        assertThat(shares).containsExactly(1_333, 667);
        long[] three = CouponMath.allocate(100, new long[] {1, 1, 1});
        assertThat(Arrays.stream(three).sum()).isEqualTo(100);
        assertThat(three).containsExactly(34, 33, 33);
    }

    @Test
    void no_line_is_given_more_discount_than_it_costs() {
        long[] weights = {1, 1, 1, 997};
        long[] shares = CouponMath.allocate(1_000, weights);
        for (int i = 0; i < weights.length; i++) {
            assertThat(shares[i]).isLessThanOrEqualTo(weights[i]);
        }
        assertThat(Arrays.stream(shares).sum()).isEqualTo(1_000);
    }

    @Test
    void a_threshold_coupon_takes_nothing_off_below_its_threshold_and_never_more_than_the_goods() {
        CouponTerms manJian = terms(CouponKind.AMOUNT_OFF, 15_000, 2_000L, null, null);
        assertThat(CouponMath.discount(manJian, 14_999, 0)).isZero();
        assertThat(CouponMath.discount(manJian, 15_000, 0)).isEqualTo(2_000);
        CouponTerms noThreshold = terms(CouponKind.AMOUNT_OFF, 0, 2_000L, null, null);
        assertThat(CouponMath.discount(noThreshold, 1_500, 0)).isEqualTo(1_500);
    }

    @Test
    void percent_off_rounds_half_up_to_the_fen_and_stops_at_its_cap() {
        CouponTerms tenPercent = terms(CouponKind.PERCENT_OFF, 0, null, 10, 1_000L);
        assertThat(CouponMath.discount(tenPercent, 1_235, 0)).isEqualTo(124);
        assertThat(CouponMath.discount(tenPercent, 50_000, 0)).isEqualTo(1_000);
    }

    @Test
    void free_shipping_takes_off_the_shipping_of_the_shops_it_applies_to() {
        CouponTerms free = terms(CouponKind.FREE_SHIPPING, 0, null, null, null);
        assertThat(CouponMath.discount(free, 8_000, 1_000)).isEqualTo(1_000);
        assertThat(CouponMath.discount(free, 0, 1_000)).isZero();
    }
}
