package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;

import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance delisting (下架商品): compliance calls this inside its own transaction when a penalty starts or ends. A
 * delisted product leaves search (the revision bump lets the search index sync drop it within seconds), its page and
 * every cart's buyable lines, whatever the merchant does with its own publish switch. Not a door for people: the
 * officer-facing rules (who, which merchant, why) live in compliance.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ProductSanctions {

    /** A product of the merchant, as an officer picks it for a penalty. */
    public record SanctionableProduct(UUID id, String title, String status, boolean delisted) {}

    private static final int MAX_LISTED = 500;

    private final DSLContext db;
    private final CatalogRepository catalog;
    private final Clock clock;

    ProductSanctions(DSLContext db, CatalogRepository catalog, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The merchant's products (drafts excluded), newest first, at most 500. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @ModuleHook
    public List<SanctionableProduct> productsOf(UUID merchantId) {
        return db.select(
                        CATALOG_PRODUCT.ID,
                        CATALOG_PRODUCT.TITLE,
                        CATALOG_PRODUCT.STATUS,
                        CATALOG_PRODUCT.COMPLIANCE_DELISTED)
                .from(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .and(CATALOG_PRODUCT.STATUS.ne(ProductStatus.DRAFT.name()))
                .orderBy(CATALOG_PRODUCT.CREATED_AT.desc(), CATALOG_PRODUCT.ID)
                .limit(MAX_LISTED)
                .fetch(r -> new SanctionableProduct(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Whether every id names a product of this merchant (another merchant's product is never sanctioned by mistake). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @ModuleHook
    public boolean allBelongTo(UUID merchantId, Collection<UUID> productIds) {
        Set<UUID> ids = Set.copyOf(productIds);
        return db.fetchCount(
                        CATALOG_PRODUCT, CATALOG_PRODUCT.ID.in(ids).and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId)))
                == ids.size();
    }

    @ModuleHook
    public int delist(UUID merchantId, Collection<UUID> productIds) {
        return setDelisted(merchantId, productIds, true);
    }

    @ModuleHook
    public int relist(UUID merchantId, Collection<UUID> productIds) {
        return setDelisted(merchantId, productIds, false);
    }

    private int setDelisted(UUID merchantId, Collection<UUID> productIds, boolean delisted) {
        if (productIds.isEmpty()) {
            return 0;
        }
        return db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.COMPLIANCE_DELISTED, delisted)
                .set(CATALOG_PRODUCT.UPDATED_AT, clock.instant())
                .set(CATALOG_PRODUCT.REVISION, catalog.nextRevision())
                .where(CATALOG_PRODUCT.ID.in(productIds))
                .and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .and(CATALOG_PRODUCT.COMPLIANCE_DELISTED.ne(delisted))
                .execute();
    }
}
