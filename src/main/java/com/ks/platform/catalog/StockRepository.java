package com.ks.platform.catalog;

import static com.ks.jooq.Sequences.CATALOG_REVISION_SEQ;
import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;

import java.util.Collection;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StockRepository {

    private final DSLContext db;

    StockRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * One conditional update that answers the stock left when the SKU is on sale and had the quantity, which is then
     * taken, and no row otherwise (nothing taken). The new stock comes back from the same statement, so running out
     * costs no extra query.
     */
    ResultQuery<Record1<Integer>> take(UUID skuId, int quantity) {
        return db.update(CATALOG_SKU)
                .set(CATALOG_SKU.STOCK, CATALOG_SKU.STOCK.minus(quantity))
                .where(CATALOG_SKU.ID.eq(skuId))
                .and(CATALOG_SKU.STOCK.ge(quantity))
                .and(CATALOG_SKU.ENABLED.isTrue())
                .returningResult(CATALOG_SKU.STOCK);
    }

    void giveBack(UUID skuId, int quantity) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.STOCK, CATALOG_SKU.STOCK.plus(quantity))
                .where(CATALOG_SKU.ID.eq(skuId))
                .execute();
    }

    /**
     * The product's total stock (the search index's "in stock" filter) is refreshed only when a SKU just ran out: a
     * busy product's row is then not a second lock on every order.
     */
    void refreshSoldOutProducts(Collection<UUID> skuIds) {
        refreshProducts(skuIds, CATALOG_SKU.STOCK.eq(0));
    }

    void refreshRestockedProducts(Collection<UUID> skuIds) {
        refreshProducts(skuIds, DSL.noCondition());
    }

    private void refreshProducts(Collection<UUID> skuIds, org.jooq.Condition which) {
        var products = db.selectDistinct(CATALOG_SKU.PRODUCT_ID)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.ID.in(skuIds))
                .and(which)
                .fetch(CATALOG_SKU.PRODUCT_ID);
        for (UUID productId : products) {
            var total = db.select(DSL.coalesce(DSL.sum(CATALOG_SKU.STOCK), DSL.inline(java.math.BigDecimal.ZERO)))
                    .from(CATALOG_SKU)
                    .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                    .and(CATALOG_SKU.ENABLED.isTrue());
            var current = db.select(CATALOG_PRODUCT.TOTAL_STOCK)
                    .from(CATALOG_PRODUCT)
                    .where(CATALOG_PRODUCT.ID.eq(productId))
                    .fetchOne(CATALOG_PRODUCT.TOTAL_STOCK);
            int newTotal = total.fetchOne(0, Integer.class);
            if (current == null || (current > 0) == (newTotal > 0)) {
                continue;
            }
            db.update(CATALOG_PRODUCT)
                    .set(CATALOG_PRODUCT.TOTAL_STOCK, newTotal)
                    .set(CATALOG_PRODUCT.REVISION, db.nextval(CATALOG_REVISION_SEQ))
                    .where(CATALOG_PRODUCT.ID.eq(productId))
                    .execute();
        }
    }
}
