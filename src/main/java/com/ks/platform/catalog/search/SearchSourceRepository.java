package com.ks.platform.catalog.search;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_SKU;

import com.ks.jooq.tables.records.CatalogProductRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The catalog rows the search index reads: changes by revision or update time, and SKU texts. */
@Repository
class SearchSourceRepository {

    private final DSLContext db;

    SearchSourceRepository(DSLContext db) {
        this.db = db;
    }

    /** Changes since a revision, oldest first, for the search index of every node. */
    List<CatalogProductRecord> changedSince(long revision, int limit) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.REVISION.gt(revision))
                .orderBy(CATALOG_PRODUCT.REVISION)
                .limit(limit)
                .fetch();
    }

    /** Rows touched since a time, including edits made straight in the database without a new revision. */
    List<CatalogProductRecord> updatedSince(Instant since, int limit) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.UPDATED_AT.ge(since))
                .orderBy(CATALOG_PRODUCT.UPDATED_AT)
                .limit(limit)
                .fetch();
    }

    long maxRevision() {
        Long max = db.select(DSL.max(CATALOG_PRODUCT.REVISION))
                .from(CATALOG_PRODUCT)
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    Map<UUID, List<String>> skuTexts(Collection<UUID> productIds) {
        Map<UUID, List<String>> texts = new LinkedHashMap<>();
        db.select(CATALOG_SKU.PRODUCT_ID, CATALOG_SKU.SPEC1_VALUE, CATALOG_SKU.SPEC2_VALUE, CATALOG_SKU.SKU_CODE)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.in(productIds))
                .and(CATALOG_SKU.ENABLED.isTrue())
                .forEach(r -> texts.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(String.join(" ", nonNull(r.value2()), nonNull(r.value3()), r.value4())));
        return texts;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
