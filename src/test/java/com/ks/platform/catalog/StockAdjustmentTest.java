package com.ks.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ks.platform.KsIntegrationTest;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StockAdjustmentTest extends KsIntegrationTest {

    @Autowired
    ProductService products;

    @Autowired
    TestCatalog testCatalog;

    @Autowired
    CatalogQueries catalog;

    private ProductDetails product(int stock) {
        actAs("merchant@ks.demo");
        return testCatalog.draft("库存调整测试 " + UUID.randomUUID().toString().substring(0, 6), stock, 1990);
    }

    @Test
    void a_merchant_adds_and_removes_stock_and_the_history_says_who_when_and_why() {
        ProductDetails product = product(10);
        UUID sku = product.skus().getFirst().id();
        assertThat(products.adjustStock(sku, 25, StockAdjustmentReason.RESTOCK, "到货一批"))
                .isEqualTo(35);
        assertThat(products.adjustStock(sku, -3, StockAdjustmentReason.LOSS, null))
                .isEqualTo(32);

        assertThat(testCatalog.stockOf(sku)).isEqualTo(32);
        assertThat(products.mySkus(product.id()))
                .singleElement()
                .extracting(Sku::stock)
                .isEqualTo(32);
        assertThat(products.mine(0, 50))
                .filteredOn(p -> p.id().equals(product.id()))
                .singleElement()
                .extracting(MerchantProduct::totalStock)
                .isEqualTo(32);
        assertThat(products.countStockHistory(product.id())).isEqualTo(2);
        List<StockAdjustment> history = products.stockHistory(product.id(), 0, 10);
        assertThat(history).extracting(StockAdjustment::delta).containsExactly(-3, 25);
        assertThat(history).extracting(StockAdjustment::stockAfter).containsExactly(32, 35);
        assertThat(history.get(1).reason()).isEqualTo(StockAdjustmentReason.RESTOCK);
        assertThat(history.get(1).note()).isEqualTo("到货一批");
        assertThat(history.get(0).actorLabel()).isNotBlank();
        assertThat(history.get(0).adjustedAt()).isNotNull();
        assertThat(products.stockHistory(product.id(), 1, 10)).hasSize(1);
    }

    @Test
    void stock_can_never_be_adjusted_below_zero_and_a_refused_change_leaves_no_history() {
        ProductDetails product = product(2);
        UUID sku = product.skus().getFirst().id();
        assertThatThrownBy(() -> products.adjustStock(sku, -3, StockAdjustmentReason.STOCKTAKE, null))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("delta", "error.stockAdjustment.outOfRange"));
        assertThat(testCatalog.stockOf(sku)).isEqualTo(2);
        assertThat(products.countStockHistory(product.id())).isZero();
        assertThat(products.adjustStock(sku, -2, StockAdjustmentReason.STOCKTAKE, null))
                .isZero();
    }

    @Test
    void a_zero_change_a_missing_reason_and_other_without_a_note_are_refused_field_by_field() {
        ProductDetails product = product(5);
        UUID sku = product.skus().getFirst().id();
        assertThatThrownBy(() -> products.adjustStock(sku, 0, null, null))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("delta", "error.stockAdjustment.delta")
                                .containsEntry("reason", "error.stockAdjustment.reason"));
        assertThatThrownBy(() -> products.adjustStock(sku, 1, StockAdjustmentReason.OTHER, "  "))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "error.stockAdjustment.noteRequired"));
        assertThatThrownBy(() -> products.adjustStock(sku, 1, StockAdjustmentReason.RESTOCK, "长".repeat(201)))
                .isInstanceOfSatisfying(
                        RuleViolated.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "error.stockAdjustment.note"));
        assertThat(testCatalog.stockOf(sku)).isEqualTo(5);
    }

    @Test
    void another_merchant_guessing_a_sku_or_product_id_is_told_it_does_not_exist() {
        ProductDetails product = product(5);
        UUID sku = product.skus().getFirst().id();
        actAs("home@ks.demo");
        assertThatThrownBy(() -> products.adjustStock(sku, 100, StockAdjustmentReason.RESTOCK, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.mySkus(product.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.stockHistory(product.id(), 0, 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> products.countStockHistory(product.id())).isInstanceOf(NotFound.class);
        assertThat(testCatalog.stockOf(sku)).isEqualTo(5);
    }

    @Test
    void concurrent_removals_never_drive_stock_below_zero_and_each_success_is_recorded_once() throws Exception {
        ProductDetails product = product(5);
        UUID sku = product.skus().getFirst().id();
        int attempts = 12;
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    actAs("merchant@ks.demo");
                    start.await();
                    try {
                        products.adjustStock(sku, -1, StockAdjustmentReason.LOSS, null);
                        return true;
                    } catch (RuleViolated outOfStock) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(5);
        }
        actAs("merchant@ks.demo");
        assertThat(testCatalog.stockOf(sku)).isZero();
        List<StockAdjustment> history = products.stockHistory(product.id(), 0, 50);
        assertThat(history).hasSize(5);
        assertThat(history).extracting(StockAdjustment::stockAfter).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }
}
