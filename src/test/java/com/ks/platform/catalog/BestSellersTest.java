package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BestSellersTest extends KsIntegrationTest {

    @Autowired
    CatalogSales sales;

    @Autowired
    CatalogQueries catalog;

    @Test
    void hot_now_ranks_by_paid_quantity_of_the_last_thirty_days_only() {
        List<ProductCard> products = catalog.newArrivals(20);
        UUID big = products.get(0).id();
        UUID small = products.get(1).id();
        UUID old = products.get(2).id();
        Instant now = Instant.now();
        sales.recordPaidLine(big, 5_000, now);
        sales.recordPaidLine(small, 2_000, now.minus(Duration.ofDays(3)));
        sales.recordPaidLine(small, 1_000, now);
        sales.recordPaidLine(old, 90_000, now.minus(Duration.ofDays(40)));

        List<UUID> hot = catalog.bestSellers(50).stream().map(ProductCard::id).toList();
        assertThat(hot).contains(big, small).doesNotContain(old);
        assertThat(hot.indexOf(big)).isLessThan(hot.indexOf(small));
        assertThat(catalog.product(big).orElseThrow().salesCount()).isGreaterThanOrEqualTo(5_000);
    }

    @Test
    void a_refund_takes_its_quantity_back_and_nonsense_quantities_are_refused() {
        UUID product = catalog.newArrivals(20).get(5).id();
        int before = catalog.product(product).orElseThrow().salesCount();
        sales.recordPaidLine(product, 3, Instant.now());
        sales.recordPaidLine(product, -1, Instant.now());
        assertThat(catalog.product(product).orElseThrow().salesCount()).isEqualTo(before + 2);
        assertThatThrownBy(() -> sales.recordPaidLine(product, 0, Instant.now()))
                .isInstanceOf(RuleViolated.class);
    }
}
