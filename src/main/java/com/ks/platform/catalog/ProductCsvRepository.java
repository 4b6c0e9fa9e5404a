package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_CATEGORY;
import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The reads behind a merchant's CSV export and import; every method takes the owner's merchant id. */
@Repository
class ProductCsvRepository {

    private static final int PAGE = 1_000;

    private final DSLContext db;

    ProductCsvRepository(DSLContext db) {
        this.db = db;
    }

    /** Every SKU of the merchant with its product's facts, oldest product first, read a page at a time. */
    void forEachSkuRow(UUID merchantId, Consumer<Record> row) {
        int offset = 0;
        while (true) {
            var page = db.select(
                            CATALOG_PRODUCT.TITLE,
                            CATALOG_CATEGORY.CODE,
                            CATALOG_PRODUCT.BRAND,
                            CATALOG_PRODUCT.SUBTITLE,
                            CATALOG_PRODUCT.SPEC1_NAME,
                            CATALOG_SKU.SPEC1_VALUE,
                            CATALOG_PRODUCT.SPEC2_NAME,
                            CATALOG_SKU.SPEC2_VALUE,
                            CATALOG_SKU.SKU_CODE,
                            CATALOG_SKU.PRICE_FEN,
                            CATALOG_SKU.STOCK,
                            CATALOG_PRODUCT.STATUS)
                    .from(CATALOG_SKU)
                    .join(CATALOG_PRODUCT)
                    .on(CATALOG_PRODUCT.ID.eq(CATALOG_SKU.PRODUCT_ID))
                    .join(CATALOG_CATEGORY)
                    .on(CATALOG_CATEGORY.ID.eq(CATALOG_PRODUCT.CATEGORY_ID))
                    .where(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                    .and(CATALOG_SKU.ENABLED.isTrue())
                    .orderBy(CATALOG_PRODUCT.CREATED_AT, CATALOG_PRODUCT.ID, CATALOG_SKU.SKU_CODE)
                    .offset(offset)
                    .limit(PAGE)
                    .fetch();
            page.forEach(row);
            if (page.size() < PAGE) {
                return;
            }
            offset += PAGE;
        }
    }

    Set<String> takenSkuCodes(UUID merchantId, Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += PAGE) {
            taken.addAll(db.select(CATALOG_SKU.SKU_CODE)
                    .from(CATALOG_SKU)
                    .where(CATALOG_SKU.MERCHANT_ID.eq(merchantId))
                    .and(CATALOG_SKU.SKU_CODE.in(all.subList(from, Math.min(all.size(), from + PAGE))))
                    .fetch(CATALOG_SKU.SKU_CODE));
        }
        return taken;
    }
}
