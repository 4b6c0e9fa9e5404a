package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class SkuOfferRepository {

    private final DSLContext db;

    SkuOfferRepository(DSLContext db) {
        this.db = db;
    }

    /** SKUs with their product's facts; the store name is filled in by the caller. */
    List<SkuOffer> find(Collection<java.util.UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        return db.select(
                        CATALOG_SKU.ID,
                        CATALOG_SKU.SKU_CODE,
                        CATALOG_SKU.PRODUCT_ID,
                        CATALOG_SKU.MERCHANT_ID,
                        CATALOG_SKU.SPEC1_VALUE,
                        CATALOG_SKU.SPEC2_VALUE,
                        CATALOG_SKU.IMAGE_REF,
                        CATALOG_SKU.PRICE_FEN,
                        CATALOG_SKU.STOCK,
                        CATALOG_SKU.ENABLED,
                        CATALOG_PRODUCT.TITLE,
                        CATALOG_PRODUCT.SPEC1_NAME,
                        CATALOG_PRODUCT.SPEC2_NAME,
                        CATALOG_PRODUCT.COVER_IMAGE,
                        CATALOG_PRODUCT.PER_ORDER_LIMIT,
                        CATALOG_PRODUCT.FREE_SHIPPING,
                        CATALOG_PRODUCT.STATUS,
                        CATALOG_PRODUCT.MERCHANT_TRADING,
                        CATALOG_PRODUCT.COMPLIANCE_DELISTED)
                .from(CATALOG_SKU)
                .join(CATALOG_PRODUCT)
                .on(CATALOG_PRODUCT.ID.eq(CATALOG_SKU.PRODUCT_ID))
                .where(CATALOG_SKU.ID.in(skuIds))
                .fetch(SkuOfferRepository::offer);
    }

    private static SkuOffer offer(Record r) {
        boolean visible = ProductStatus.PUBLISHED.name().equals(r.get(CATALOG_PRODUCT.STATUS))
                && Boolean.TRUE.equals(r.get(CATALOG_PRODUCT.MERCHANT_TRADING))
                && !Boolean.TRUE.equals(r.get(CATALOG_PRODUCT.COMPLIANCE_DELISTED));
        String image = r.get(CATALOG_SKU.IMAGE_REF);
        return new SkuOffer(
                r.get(CATALOG_SKU.ID),
                r.get(CATALOG_SKU.SKU_CODE),
                r.get(CATALOG_SKU.PRODUCT_ID),
                r.get(CATALOG_SKU.MERCHANT_ID),
                "",
                r.get(CATALOG_PRODUCT.TITLE),
                r.get(CATALOG_PRODUCT.SPEC1_NAME),
                r.get(CATALOG_SKU.SPEC1_VALUE),
                r.get(CATALOG_PRODUCT.SPEC2_NAME),
                r.get(CATALOG_SKU.SPEC2_VALUE),
                skuOrCover(image, r.get(CATALOG_PRODUCT.COVER_IMAGE)),
                r.get(CATALOG_SKU.PRICE_FEN),
                r.get(CATALOG_SKU.STOCK),
                r.get(CATALOG_PRODUCT.PER_ORDER_LIMIT),
                Boolean.TRUE.equals(r.get(CATALOG_PRODUCT.FREE_SHIPPING)),
                visible && Boolean.TRUE.equals(r.get(CATALOG_SKU.ENABLED)));
    }

    /** A SKU's own picture, unless it is a drawing and the merchant has uploaded a real cover since. */
    static String skuOrCover(String skuImage, String cover) {
        boolean coverWins = skuImage == null
                || skuImage.isBlank()
                || (ProductArt.isUpload(cover) && !ProductArt.isUpload(skuImage));
        return coverWins ? cover : skuImage;
    }
}
