package com.ks.platform.catalog;

import static com.ks.jooq.Sequences.CATALOG_REVISION_SEQ;
import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_PRODUCT_IMAGE;
import static com.ks.jooq.Tables.CATALOG_SKU;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A product's ordered image references; the first is the cover, also kept in {@code catalog_product.cover_image}. */
@Repository
class ProductImageRepository {

    private final DSLContext db;

    ProductImageRepository(DSLContext db) {
        this.db = db;
    }

    /** Locks the merchant's own product row, so two edits of its images run one after the other. */
    boolean lockOwnProduct(UUID productId, UUID merchantId) {
        return db.select(CATALOG_PRODUCT.ID)
                .from(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    /** Every stored reference in order: uploads first, then the generated drawings kept as the fallback. */
    List<String> stored(UUID productId) {
        return db.select(CATALOG_PRODUCT_IMAGE.IMAGE_REF)
                .from(CATALOG_PRODUCT_IMAGE)
                .where(CATALOG_PRODUCT_IMAGE.PRODUCT_ID.eq(productId))
                .orderBy(CATALOG_PRODUCT_IMAGE.IMAGE_INDEX)
                .fetch(r -> r.value1());
    }

    /** Rewrites the list (a handful of rows) and the cover, and bumps the revision so the search index follows. */
    void replace(UUID productId, List<String> refs, Instant now) {
        db.deleteFrom(CATALOG_PRODUCT_IMAGE)
                .where(CATALOG_PRODUCT_IMAGE.PRODUCT_ID.eq(productId))
                .execute();
        for (int i = 0; i < refs.size(); i++) {
            db.insertInto(CATALOG_PRODUCT_IMAGE)
                    .set(CATALOG_PRODUCT_IMAGE.PRODUCT_ID, productId)
                    .set(CATALOG_PRODUCT_IMAGE.IMAGE_INDEX, i)
                    .set(CATALOG_PRODUCT_IMAGE.IMAGE_REF, refs.get(i))
                    .execute();
        }
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.COVER_IMAGE, refs.getFirst())
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, db.nextval(CATALOG_REVISION_SEQ))
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .execute();
    }

    /** The SKU's own picture (null: the product's cover); the revision moves so every node's index follows. */
    void setSkuImage(UUID skuId, UUID productId, String imageRef, Instant now) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.IMAGE_REF, imageRef)
                .where(CATALOG_SKU.ID.eq(skuId))
                .and(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .execute();
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, db.nextval(CATALOG_REVISION_SEQ))
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .execute();
    }

    /** A removed picture is no SKU's picture any more: those SKUs show the cover. */
    void clearSkuImage(UUID productId, String imageRef) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.IMAGE_REF, (String) null)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.IMAGE_REF.eq(imageRef))
                .execute();
    }
}
