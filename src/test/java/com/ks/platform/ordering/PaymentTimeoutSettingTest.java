package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.settings.SettingSummary;
import com.ks.platform.settings.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment timeout an administrator sets gives the next order its deadline; placed orders keep theirs. */
class PaymentTimeoutSettingTest extends OrderingTestSupport {

    @Autowired
    Settings settings;

    @Test
    void the_next_order_waits_as_long_as_the_administrator_set_without_a_restart() {
        Shop shop = newShop();
        ProductDetails product = product(shop, 2_000, 10);
        Shopper shopper = newShopper();
        OrderDetails earlier = details(shopper, order(shopper, product, 1));
        assertThat(earlier.payDeadline()).isEqualTo(earlier.placedAt().plus(Duration.ofMinutes(30)));

        actAs("admin@ks.demo");
        SettingSummary timeout = summary();
        try {
            settings.change(PaymentTimeout.KEY, BigDecimal.valueOf(45), timeout.revision(), "大促期间延长支付时限");

            OrderDetails next = details(shopper, order(shopper, product, 1));
            assertThat(next.payDeadline()).isEqualTo(next.placedAt().plus(Duration.ofMinutes(45)));
            assertThat(details(shopper, earlier.id()).payDeadline()).isEqualTo(earlier.payDeadline());
        } finally {
            actAs("admin@ks.demo");
            settings.change(PaymentTimeout.KEY, timeout.current(), summary().revision(), "测试结束，恢复原值");
        }
    }

    private SettingSummary summary() {
        return settings.list().stream()
                .filter(s -> s.definition().key().equals(PaymentTimeout.KEY))
                .findFirst()
                .orElseThrow();
    }
}
