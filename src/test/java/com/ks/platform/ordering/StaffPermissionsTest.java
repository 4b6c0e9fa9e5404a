package com.ks.platform.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.TestStaff;
import com.ks.platform.catalog.MerchantProductFilter;
import com.ks.platform.catalog.ProductCsvService;
import com.ks.platform.catalog.ProductService;
import com.ks.platform.catalog.StockAdjustmentReason;
import com.ks.platform.engagement.ProductViewCounts;
import com.ks.platform.merchant.MerchantStaffService;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.payment.DailyMoney;
import com.ks.platform.payment.SettlementQueries;
import com.ks.platform.shared.DomainException;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What a staff member may do is what the owner granted, checked by every merchant service on every call: the order
 * permission ships but touches no product, the product permission edits products but ships nothing, and neither reads
 * settlement; another shop's ids are not found.
 */
class StaffPermissionsTest extends OneShopTestSupport {

    @Autowired
    ProductService products;

    @Autowired
    ProductCsvService csv;

    @Autowired
    SettlementQueries settlement;

    @Autowired
    SalesQueries sales;

    @Autowired
    MerchantStaffService staff;

    @Autowired
    ProductViewCounts views;

    @Autowired
    ApplicationContext context;

    private TestStaff people;

    @BeforeEach
    void people() {
        people = new TestStaff(context, this::actAs);
    }

    @Test
    void staff_with_orders_see_the_queue_and_ship_but_cannot_touch_products_settlement_or_the_dashboard() {
        UUID orderId = order(shopper, book, 1);
        pay(shopper, orderId);
        TestStaff.Member clerk = people.join(shop.email(), StaffPermission.ORDERS);
        actAs(clerk.email());

        assertThat(queries.merchantOrders(OrderTab.TO_SHIP, null, 0, 10))
                .extracting(OrderSummary::id)
                .contains(orderId);
        assertThat(queries.merchantOrder(orderId).id()).isEqualTo(orderId);
        fulfilment.ship(orderId, Carrier.SF, trackingNo(), Map.of());
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.SHIPPED);

        actAs(clerk.email());
        assertNotAllowed(() -> products.create(null));
        assertNotAllowed(() -> products.mine(MerchantProductFilter.ALL, 0, 10));
        assertNotAllowed(() -> products.unpublish(book.id()));
        assertNotAllowed(() -> products.adjustStock(sku(book), 5, StockAdjustmentReason.RESTOCK, null));
        assertNotAllowed(() -> csv.exportMine());
        assertNotAllowed(() -> settlement.myPeriods());
        assertNotAllowed(() -> settlement.myLines(YearMonth.now(), 0, 10));
        assertNotAllowed(() -> sales.myDashboard());
        assertThat(sales.mayViewDashboard()).isFalse();
        assertNotAllowed(() -> sales.myConvertedOrders(LocalDate.now(), LocalDate.now()));
        assertNotAllowed(() -> settlement.myDailyMoney(LocalDate.now(), LocalDate.now()));
        assertNotAllowed(() -> views.myDailyViews(LocalDate.now(), LocalDate.now()));
        assertNotAllowed(() -> staff.myStaff(0, 10));
        assertThat(catalog.product(book.id())).as("still on sale").isPresent();
        assertThat(stockOf(book)).isEqualTo(9);
    }

    @Test
    void staff_with_products_edit_products_but_cannot_see_or_ship_orders() {
        UUID orderId = order(shopper, book, 1);
        pay(shopper, orderId);
        TestStaff.Member merchandiser = people.join(shop.email(), StaffPermission.PRODUCTS);
        actAs(merchandiser.email());

        products.unpublish(book.id());
        assertThat(products.adjustStock(sku(book), 5, StockAdjustmentReason.RESTOCK, null))
                .isEqualTo(14);
        assertThat(products.mine(MerchantProductFilter.ALL, 0, 10))
                .extracting(p -> p.id())
                .contains(book.id());

        assertNotAllowed(() -> fulfilment.ship(orderId, Carrier.SF, trackingNo(), Map.of()));
        assertNotAllowed(() -> queries.merchantOrders(OrderTab.ALL, null, 0, 10));
        assertNotAllowed(() -> queries.merchantOrder(orderId));
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void staff_of_one_shop_guessing_another_shops_order_or_product_ids_find_nothing() {
        UUID orderId = order(shopper, book, 1);
        pay(shopper, orderId);
        Shop otherShop = newShop();
        TestStaff.Member outsider = people.join(otherShop.email(), StaffPermission.ORDERS, StaffPermission.PRODUCTS);
        actAs(outsider.email());

        assertNotFound(() -> queries.merchantOrder(orderId));
        assertNotFound(() -> fulfilment.ship(orderId, Carrier.SF, trackingNo(), Map.of()));
        assertNotFound(() -> products.unpublish(book.id()));
        assertNotFound(() -> products.adjustStock(sku(book), 1, StockAdjustmentReason.RESTOCK, null));
        assertNotFound(() -> products.mySkus(book.id()));
        assertThat(queries.merchantOrders(OrderTab.ALL, null, 0, 50))
                .extracting(OrderSummary::id)
                .doesNotContain(orderId);
        assertThat(status(shopper, orderId)).isEqualTo(OrderStatus.PAID);
        assertThat(catalog.product(book.id())).as("still on sale").isPresent();
    }

    @Test
    void a_removed_member_loses_the_order_queue_on_the_next_call() {
        TestStaff.Member clerk = people.join(shop.email(), StaffPermission.ORDERS);
        actAs(clerk.email());
        var clerkSession = org.springframework.security.core.context.SecurityContextHolder.getContext();
        assertThat(queries.countMerchantOrders(OrderTab.ALL)).isZero();

        run(shop.email(), () -> staff.remove(clerk.staffId()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(clerkSession);
        assertThatThrownBy(() -> queries.countMerchantOrders(OrderTab.ALL))
                .isInstanceOfSatisfying(
                        NotAllowed.class, e -> assertThat(e.messageKey()).isEqualTo("error.merchant.none"));
    }

    @Test
    void staff_trusted_with_the_dashboard_read_the_shops_figures_but_not_its_settlement() {
        UUID orderId = order(shopper, book, 1);
        pay(shopper, orderId);
        TestStaff.Member analyst = people.join(shop.email(), StaffPermission.DASHBOARD);
        actAs(analyst.email());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        assertThat(sales.mayViewDashboard()).isTrue();
        assertThat(sales.myConvertedOrders(today, today).values()).containsExactly(1);
        assertThat(settlement.myDailyMoney(today, today))
                .extracting(DailyMoney::day)
                .containsExactly(today);
        assertThat(views.myDailyViews(today, today)).containsOnlyKeys(today);
        assertNotAllowed(() -> settlement.myPeriods());
        assertNotAllowed(() -> queries.merchantOrders(OrderTab.TO_SHIP, null, 0, 10));
    }

    private static void assertNotAllowed(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        NotAllowed.class,
                        e -> assertThat(e.messageKey()).isIn("error.merchant.permission", "error.merchant.ownerOnly"));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class).isInstanceOf(DomainException.class);
    }
}
