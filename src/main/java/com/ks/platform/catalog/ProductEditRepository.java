package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;

import com.ks.jooq.tables.records.CatalogProductRecord;
import com.ks.jooq.tables.records.CatalogSkuRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The writes of a merchant's edit of a saved product; every method takes the owner, so another's row never moves. */
@Repository
class ProductEditRepository {

    private final DSLContext db;
    private final CatalogRepository catalog;

    ProductEditRepository(DSLContext db, CatalogRepository catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    Optional<CatalogProductRecord> product(UUID productId, UUID merchantId) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .fetchOptional();
    }

    /** Every SKU the product ever had, those taken off sale too, in code order. */
    List<CatalogSkuRecord> skus(UUID productId, UUID merchantId) {
        return db.selectFrom(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .orderBy(CATALOG_SKU.SKU_CODE)
                .fetch();
    }

    void updateFacts(UUID productId, UUID merchantId, UUID categoryId, NewProduct p, Instant now) {
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.CATEGORY_ID, categoryId)
                .set(CATALOG_PRODUCT.TITLE, p.title())
                .set(CATALOG_PRODUCT.SUBTITLE, p.subtitle())
                .set(CATALOG_PRODUCT.BRAND, p.brand())
                .set(CATALOG_PRODUCT.DESCRIPTION_HTML, p.descriptionHtml())
                .set(CATALOG_PRODUCT.RETURNABLE_7D, p.returnable7d())
                .set(
                        CATALOG_PRODUCT.RETURN_EXCLUSION,
                        p.returnExclusion() == null ? null : p.returnExclusion().name())
                .set(CATALOG_PRODUCT.FREE_SHIPPING, p.freeShipping())
                .set(CATALOG_PRODUCT.PER_ORDER_LIMIT, p.perOrderLimit())
                .set(CATALOG_PRODUCT.SPEC1_NAME, p.spec1Name())
                .set(CATALOG_PRODUCT.SPEC2_NAME, p.spec2Name())
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .execute();
    }

    /** A SKU's code, price and picture; a SKU taken off sale earlier is on sale again. */
    void updateSku(UUID skuId, UUID merchantId, String code, long priceFen, String imageRef) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.SKU_CODE, code)
                .set(CATALOG_SKU.PRICE_FEN, priceFen)
                .set(CATALOG_SKU.IMAGE_REF, imageRef)
                .set(CATALOG_SKU.ENABLED, true)
                .where(CATALOG_SKU.ID.eq(skuId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .execute();
    }

    void insertSku(UUID productId, UUID merchantId, NewProduct.NewSku sku, String imageRef) {
        catalog.insertSku(productId, merchantId, sku, imageRef);
    }

    /** Off sale, never deleted: order lines, carts and the stock history still name these SKUs. */
    void retire(Collection<UUID> skuIds, UUID merchantId) {
        if (skuIds.isEmpty()) {
            return;
        }
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.ENABLED, false)
                .where(CATALOG_SKU.ID.in(skuIds))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .execute();
    }

    /** The listing's price range and total stock from the SKUs on sale; the revision moves so the index follows. */
    void refreshSummary(UUID productId, Instant now) {
        var onSale = CATALOG_SKU.PRODUCT_ID.eq(productId).and(CATALOG_SKU.ENABLED.isTrue());
        var figures = db.select(
                        DSL.min(CATALOG_SKU.PRICE_FEN),
                        DSL.max(CATALOG_SKU.PRICE_FEN),
                        DSL.coalesce(DSL.sum(CATALOG_SKU.STOCK), DSL.inline(BigDecimal.ZERO)))
                .from(CATALOG_SKU)
                .where(onSale)
                .fetchOne();
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.MIN_PRICE_FEN, figures.value1())
                .set(CATALOG_PRODUCT.MAX_PRICE_FEN, figures.value2())
                .set(CATALOG_PRODUCT.TOTAL_STOCK, figures.value3().intValue())
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, catalog.nextRevision())
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .execute();
    }

    /** One picture for every SKU of a value of the first spec (every SKU when the product has no spec). */
    void setColourImage(UUID productId, UUID merchantId, String spec1Value, String imageRef) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.IMAGE_REF, imageRef)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                .and(spec1Value == null ? CATALOG_SKU.SPEC1_VALUE.isNull() : CATALOG_SKU.SPEC1_VALUE.eq(spec1Value))
                .execute();
    }
}
