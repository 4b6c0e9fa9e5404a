package com.ks.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.settings.SettingSummary;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator's commission rate applies to the next paid order, without a restart. */
class CommissionSettingsTest extends SettlementTestSupport {

    private static final String FOOD = "payment.commission.FOOD";

    @Autowired
    Settings settings;

    @Test
    void a_changed_category_rate_is_charged_on_the_next_paid_order_without_a_restart() {
        Shop shop = newShop();
        UUID before = paidOrder(shop, new Item("TEA", 12_345)); // FOOD: default 5% → 617.25
        assertThat(ledger.commissionCharged(before)).isEqualTo(617);

        actAs("admin@ks.demo");
        SettingSummary food = summary();
        try {
            settings.change(FOOD, new BigDecimal("0.10"), food.revision(), "食品类目佣金调整（测试）");

            UUID after = paidOrder(shop, new Item("TEA", 12_345)); // 10% → 1 234.5 → 1 235 (HALF_UP)
            assertThat(ledger.commissionCharged(after)).isEqualTo(1_235);
            assertThat(ledger.commissionCharged(before))
                    .as("the earlier order keeps its commission")
                    .isEqualTo(617);
        } finally {
            actAs("admin@ks.demo");
            settings.change(FOOD, food.current(), summary().revision(), "测试结束，恢复原值");
        }
    }

    private SettingSummary summary() {
        return settings.list().stream()
                .filter(s -> s.definition().key().equals(FOOD))
                .findFirst()
                .orElseThrow();
    }
}
