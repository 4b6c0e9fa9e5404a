package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.shared.RuleViolated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The platform's commission per category, given back on refunds, and merchants' monthly settlement statements. */
class SettlementTest extends SettlementTestSupport {

    @Autowired
    SettlementQueries settlements;

    @Test
    void commission_is_each_lines_payable_times_its_top_level_category_rate_rounded_half_up_once_per_order() {
        Shop shop = newShop();
        // PHONE (DIGITAL 3%): 10 050 × 0.03 = 301.5; MENSWEAR (APPAREL 8%): 3 333 × 0.08 = 266.64; free shipping
        UUID order = paidOrder(shop, new Item("PHONE", 10_050), new Item("MENSWEAR", 3_333));

        // 568.14 → 568 (rounding each line first would have made 302 + 267 = 569)
        assertThat(ledger.commissionCharged(order)).isEqualTo(568);
        assertThat(ledger.balance(Ledger.merchant(shop.id()))).isEqualTo(13_383 - 568);
    }

    @Test
    void a_category_without_its_own_rate_pays_the_default_rate() {
        Shop shop = newShop();
        UUID order = paidOrder(shop, new Item("TEA", 12_345)); // FOOD: default 5% → 617.25

        assertThat(ledger.commissionCharged(order)).isEqualTo(617);
    }

    @Test
    void a_refund_gives_back_the_commission_in_proportion_and_a_whole_refund_gives_back_all_of_it() {
        Shop shop = newShop();
        UUID order = paidOrder(shop, new Item("TEA", 10_000)); // 500 commission
        String merchant = Ledger.merchant(shop.id());

        payments.refundOrder(order, 3_333, "售后部分退款", "settle-part-" + order);
        // 500 × 3 333 / 10 000 = 166.65 → 167 back
        assertThat(ledger.balance(merchant)).isEqualTo(10_000 - 500 - 3_333 + 167);

        payments.refundOrder(order, 6_667, "售后退款", "settle-rest-" + order);
        assertThat(ledger.balance(merchant)).isZero();
    }

    @Test
    void the_reversal_rounds_on_the_running_total_so_parts_add_up_to_the_whole() {
        long back = 0;
        long refunded = 0;
        for (long part : new long[] {1, 3_332, 2_000, 4_667}) {
            back += Commissions.reversal(617, 10_000, refunded, part);
            refunded += part;
        }
        assertThat(back).isEqualTo(617);
        assertThat(Commissions.reversal(1, 3, 0, 1)).isZero();
        assertThat(Commissions.reversal(1, 3, 1, 1)).isEqualTo(1);
    }

    @Test
    void a_rate_below_zero_above_one_or_with_more_than_four_decimals_is_refused_at_start_up() {
        assertThat(new CommissionRates(null, Map.of("digital", new BigDecimal("0.03"))).rateOf("DIGITAL"))
                .isEqualByComparingTo("0.03");
        assertThat(new CommissionRates(null, null).rateOf("TOYS")).isEqualByComparingTo("0.05");
        for (String bad : List.of("-0.01", "1.01", "0.00001")) {
            assertThatThrownBy(() -> new CommissionRates(new BigDecimal(bad), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_months_statement_shows_orders_gross_refunds_commission_and_net_payable() {
        Shop shop = newShop();
        paidOrder(shop, new Item("PHONE", 10_000)); // 300
        UUID refunded = paidOrder(shop, new Item("MENSWEAR", 20_000)); // 1 600
        payments.refundOrder(refunded, 5_000, "售后部分退款", "settle-month-" + refunded); // 400 back

        SettlementPeriod month = as(shop.email(), () -> settlements.myPeriod(thisMonth()));
        assertThat(month.current()).isTrue();
        assertThat(month.orders()).isEqualTo(2);
        assertThat(month.grossFen()).isEqualTo(30_000);
        assertThat(month.refundsFen()).isEqualTo(5_000);
        assertThat(month.commissionFen()).isEqualTo(1_500);
        assertThat(month.netPayableFen()).isEqualTo(23_500).isEqualTo(ledger.balance(Ledger.merchant(shop.id())));
        assertThat(as(shop.email(), () -> settlements.myPeriods())).first().isEqualTo(month);

        List<SettlementLine> lines = as(shop.email(), () -> settlements.myLines(thisMonth(), 0, 10));
        assertThat(lines).hasSize(2);
        assertThat(lines)
                .filteredOn(l -> l.orderId().equals(refunded))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.orderNo()).isNotBlank();
                    assertThat(l.amountFen()).isEqualTo(20_000);
                    assertThat(l.refundFen()).isEqualTo(5_000);
                    assertThat(l.commissionFen()).isEqualTo(1_200);
                    assertThat(l.netFen()).isEqualTo(13_800);
                });
        assertThat(as(shop.email(), () -> settlements.myLines(thisMonth(), 1, 1)))
                .hasSize(1);
        assertThat(as(shop.email(), () -> settlements.countMyLines(thisMonth())))
                .isEqualTo(2);
        assertThat(as(shop.email(), () -> settlements.myPeriod(thisMonth().minusMonths(1))))
                .satisfies(p -> assertThat(p.orders()).isZero())
                .satisfies(p -> assertThat(p.netPayableFen()).isZero());
    }

    @Test
    void a_merchant_sees_only_its_own_statement_and_a_shopper_none() {
        Shop mine = newShop();
        Shop other = newShop();
        UUID myOrder = paidOrder(mine, new Item("PHONE", 10_000));
        UUID theirs = paidOrder(other, new Item("PHONE", 30_000));

        assertThat(as(mine.email(), () -> settlements.myLines(thisMonth(), 0, 10)))
                .extracting(SettlementLine::orderId)
                .containsExactly(myOrder)
                .doesNotContain(theirs);
        assertThat(as(other.email(), () -> settlements.myPeriod(thisMonth()).grossFen()))
                .isEqualTo(30_000);
        String shopper = newShopper();
        assertThatThrownBy(() -> as(shopper, () -> settlements.myPeriods())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_month_in_the_future_or_beyond_three_years_is_refused() {
        Shop shop = newShop();

        assertThatThrownBy(() ->
                        as(shop.email(), () -> settlements.myPeriod(thisMonth().plusMonths(1))))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() ->
                        as(shop.email(), () -> settlements.myLines(thisMonth().minusYears(4), 0, 10)))
                .isInstanceOf(RuleViolated.class);
    }
}
