package com.ks.platform.catalog;

import static com.ks.jooq.Sequences.CATALOG_REVISION_SEQ;
import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;
import static com.ks.jooq.Tables.CATALOG_STOCK_ADJUSTMENT;

import com.ks.platform.shared.ActorPrincipal;
import com.ks.platform.shared.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Manual stock changes of a merchant's own SKUs and their history; every method takes the owner's merchant id. */
@Repository
class StockAdjustmentRepository {

    private final DSLContext db;

    StockAdjustmentRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * One conditional update, like an order's stock take: the result can never leave 0..max, whatever runs at the
     * same time. Answers the stock after the change (read under the row lock this update holds), or empty when the
     * SKU is not this merchant's or the result would leave the range.
     */
    Optional<Integer> apply(UUID skuId, UUID merchantId, int delta, int max) {
        int updated = db.update(CATALOG_SKU)
                .set(CATALOG_SKU.STOCK, CATALOG_SKU.STOCK.plus(delta))
                .where(CATALOG_SKU.ID.eq(skuId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .and(CATALOG_SKU.STOCK.plus(delta).between(0, max))
                .execute();
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.of(db.select(CATALOG_SKU.STOCK)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.ID.eq(skuId))
                .fetchOne(CATALOG_SKU.STOCK));
    }

    /**
     * {@link #apply} and, when it changed the stock, the record of who changed it, when and why. Answers the stock
     * after the change, or empty when nothing changed.
     */
    Optional<Integer> adjust(
            UUID skuId,
            UUID productId,
            UUID merchantId,
            int delta,
            int max,
            StockAdjustmentReason reason,
            String note,
            ActorPrincipal actor,
            Instant at) {
        Optional<Integer> after = apply(skuId, merchantId, delta, max);
        after.ifPresent(stock -> record(
                Ids.newId(),
                skuId,
                productId,
                merchantId,
                delta,
                stock,
                reason,
                note,
                actor.accountId(),
                actor.label(),
                at));
        return after;
    }

    Optional<UUID> productOfSku(UUID skuId, UUID merchantId) {
        return db.select(CATALOG_SKU.PRODUCT_ID)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.ID.eq(skuId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .fetchOptional(CATALOG_SKU.PRODUCT_ID);
    }

    /** Keeps the product's denormalised total (listing, "in stock" filter) exact after a manual change. */
    void refreshTotal(UUID productId, Instant now) {
        var total = DSL.select(DSL.coalesce(DSL.sum(CATALOG_SKU.STOCK), DSL.inline(BigDecimal.ZERO)))
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.ENABLED.isTrue());
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.TOTAL_STOCK, total.asField().cast(Integer.class))
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, db.nextval(CATALOG_REVISION_SEQ))
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .execute();
    }

    void record(
            UUID id,
            UUID skuId,
            UUID productId,
            UUID merchantId,
            int delta,
            int stockAfter,
            StockAdjustmentReason reason,
            String note,
            UUID actorAccountId,
            String actorLabel,
            Instant at) {
        db.insertInto(CATALOG_STOCK_ADJUSTMENT)
                .set(CATALOG_STOCK_ADJUSTMENT.ID, id)
                .set(CATALOG_STOCK_ADJUSTMENT.SKU_ID, skuId)
                .set(CATALOG_STOCK_ADJUSTMENT.PRODUCT_ID, productId)
                .set(CATALOG_STOCK_ADJUSTMENT.MERCHANT_ID, merchantId)
                .set(CATALOG_STOCK_ADJUSTMENT.DELTA, delta)
                .set(CATALOG_STOCK_ADJUSTMENT.STOCK_AFTER, stockAfter)
                .set(CATALOG_STOCK_ADJUSTMENT.REASON_CODE, reason.name())
                .set(CATALOG_STOCK_ADJUSTMENT.NOTE, note)
                .set(CATALOG_STOCK_ADJUSTMENT.ACTOR_ACCOUNT_ID, actorAccountId)
                .set(CATALOG_STOCK_ADJUSTMENT.ACTOR_LABEL, actorLabel)
                .set(CATALOG_STOCK_ADJUSTMENT.ADJUSTED_AT, at)
                .execute();
    }

    boolean ownsProduct(UUID productId, UUID merchantId) {
        return db.fetchExists(
                CATALOG_PRODUCT, CATALOG_PRODUCT.ID.eq(productId).and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId)));
    }

    /** Every SKU of the merchant's product (disabled ones too: their stock can still be corrected). */
    List<Sku> skus(UUID productId, UUID merchantId) {
        return db.selectFrom(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .orderBy(CATALOG_SKU.SKU_CODE)
                .fetch(CatalogRepository::toSku);
    }

    int countHistory(UUID productId, UUID merchantId) {
        return db.fetchCount(
                CATALOG_STOCK_ADJUSTMENT,
                CATALOG_STOCK_ADJUSTMENT
                        .PRODUCT_ID
                        .eq(productId)
                        .and(CATALOG_STOCK_ADJUSTMENT.MERCHANT_ID.eq(merchantId)));
    }

    /** Newest first, one page at a time. */
    List<StockAdjustment> history(UUID productId, UUID merchantId, int offset, int limit) {
        return db.select(
                        CATALOG_STOCK_ADJUSTMENT.ID,
                        CATALOG_STOCK_ADJUSTMENT.SKU_ID,
                        CATALOG_SKU.SKU_CODE,
                        CATALOG_SKU.SPEC1_VALUE,
                        CATALOG_SKU.SPEC2_VALUE,
                        CATALOG_STOCK_ADJUSTMENT.DELTA,
                        CATALOG_STOCK_ADJUSTMENT.STOCK_AFTER,
                        CATALOG_STOCK_ADJUSTMENT.REASON_CODE,
                        CATALOG_STOCK_ADJUSTMENT.NOTE,
                        CATALOG_STOCK_ADJUSTMENT.ACTOR_LABEL,
                        CATALOG_STOCK_ADJUSTMENT.ADJUSTED_AT)
                .from(CATALOG_STOCK_ADJUSTMENT)
                .join(CATALOG_SKU)
                .on(CATALOG_SKU.ID.eq(CATALOG_STOCK_ADJUSTMENT.SKU_ID))
                .where(CATALOG_STOCK_ADJUSTMENT.PRODUCT_ID.eq(productId))
                .and(CATALOG_STOCK_ADJUSTMENT.MERCHANT_ID.eq(merchantId))
                .orderBy(CATALOG_STOCK_ADJUSTMENT.ADJUSTED_AT.desc(), CATALOG_STOCK_ADJUSTMENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new StockAdjustment(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        StockAdjustmentReason.valueOf(r.value8()),
                        r.value9(),
                        r.value10(),
                        r.value11()));
    }
}
