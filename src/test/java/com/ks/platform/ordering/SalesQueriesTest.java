package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The merchant dashboard's figures: paid orders count as sales, unpaid and cancelled ones do not. */
class SalesQueriesTest extends OneShopTestSupport {

    @Autowired
    SalesQueries salesQueries;

    @Test
    void sales_count_paid_orders_only_and_the_cancelled_share_counts_every_placed_order() {
        var paid = order(shopper, book, 2);
        pay(shopper, paid);
        order(shopper, book, 1);
        var cancelled = order(shopper, book, 1);
        pay(shopper, cancelled);
        run(shopper.email(), () -> ordering.cancel(cancelled, CancelReason.OTHER));
        long paidTotal = details(shopper, paid).totalFen();

        SalesDashboard dashboard = as(shop.email(), salesQueries::myDashboard);

        assertThat(dashboard.today()).isEqualTo(new SalesDashboard.Period(paidTotal, 1));
        assertThat(dashboard.last30Days()).isEqualTo(new SalesDashboard.Period(paidTotal, 1));
        assertThat(dashboard.daily()).hasSize(30);
        assertThat(dashboard.daily().getLast().salesFen()).isEqualTo(paidTotal);
        assertThat(dashboard.ordersByStatus())
                .containsEntry(OrderStatus.PAID, 1)
                .containsEntry(OrderStatus.PENDING_PAYMENT, 1)
                .containsEntry(OrderStatus.CANCELLED, 1);
        assertThat(dashboard.topProducts()).singleElement().satisfies(top -> {
            assertThat(top.quantity()).isEqualTo(2);
            assertThat(top.salesFen()).isEqualTo(6_000);
        });
        assertThat(dashboard.cancelledShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void another_shops_sales_are_not_in_the_dashboard_and_shoppers_have_none() {
        pay(shopper, order(shopper, book, 1));
        Shop other = newShop();

        assertThat(as(other.email(), salesQueries::myDashboard).last30Days().orders())
                .isZero();
        assertThatThrownBy(() -> as(shopper.email(), salesQueries::myDashboard))
                .isInstanceOf(AccessDeniedException.class);
    }
}
