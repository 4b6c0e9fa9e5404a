package com.ks.platform.catalog;

import static com.ks.jooq.Sequences.CATALOG_REVISION_SEQ;
import static com.ks.jooq.Tables.CATALOG_CATEGORY;
import static com.ks.jooq.Tables.CATALOG_DAILY_SALES;
import static com.ks.jooq.Tables.CATALOG_PRODUCT;
import static com.ks.jooq.Tables.CATALOG_PRODUCT_IMAGE;
import static com.ks.jooq.Tables.CATALOG_SKU;

import com.ks.jooq.tables.records.CatalogCategoryRecord;
import com.ks.jooq.tables.records.CatalogProductRecord;
import com.ks.jooq.tables.records.CatalogSkuRecord;
import com.ks.platform.shared.Counters;
import com.ks.platform.shared.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    private final DSLContext db;

    CatalogRepository(DSLContext db) {
        this.db = db;
    }

    List<CatalogCategoryRecord> categories() {
        return db.selectFrom(CATALOG_CATEGORY)
                .orderBy(CATALOG_CATEGORY.SORT_ORDER, CATALOG_CATEGORY.CODE)
                .fetch();
    }

    /** Newer totals only (a count never shrinks); the revision moves so every node's index follows. */
    void setRatings(UUID productId, int count, int sum, Instant now) {
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.RATING_COUNT, count)
                .set(CATALOG_PRODUCT.RATING_SUM, sum)
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, nextRevision())
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .and(CATALOG_PRODUCT.RATING_COUNT.lt(count))
                .execute();
    }

    /** The ratings of the merchant's products on sale, added up. */
    ShopRating shopRating(UUID merchantId) {
        var totals = db.select(
                        DSL.coalesce(DSL.sum(CATALOG_PRODUCT.RATING_COUNT), java.math.BigDecimal.ZERO),
                        DSL.coalesce(DSL.sum(CATALOG_PRODUCT.RATING_SUM), java.math.BigDecimal.ZERO))
                .from(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .and(visible())
                .fetchOne();
        return new ShopRating(totals.value1().intValue(), totals.value2().intValue());
    }

    long nextRevision() {
        return db.nextval(CATALOG_REVISION_SEQ);
    }

    void insertProduct(UUID id, UUID merchantId, UUID categoryId, NewProduct p, boolean trading, Instant now) {
        long min =
                p.skus().stream().mapToLong(NewProduct.NewSku::priceFen).min().orElseThrow();
        long max =
                p.skus().stream().mapToLong(NewProduct.NewSku::priceFen).max().orElseThrow();
        int stock = p.skus().stream().mapToInt(NewProduct.NewSku::stock).sum();
        db.insertInto(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.ID, id)
                .set(CATALOG_PRODUCT.MERCHANT_ID, merchantId)
                .set(CATALOG_PRODUCT.CATEGORY_ID, categoryId)
                .set(CATALOG_PRODUCT.TITLE, p.title())
                .set(CATALOG_PRODUCT.SUBTITLE, p.subtitle())
                .set(CATALOG_PRODUCT.BRAND, p.brand())
                .set(CATALOG_PRODUCT.DESCRIPTION_HTML, p.descriptionHtml())
                .set(CATALOG_PRODUCT.STATUS, ProductStatus.DRAFT.name())
                .set(CATALOG_PRODUCT.MERCHANT_TRADING, trading)
                .set(CATALOG_PRODUCT.RETURNABLE_7D, p.returnable7d())
                .set(
                        CATALOG_PRODUCT.RETURN_EXCLUSION,
                        p.returnExclusion() == null ? null : p.returnExclusion().name())
                .set(CATALOG_PRODUCT.FREE_SHIPPING, p.freeShipping())
                .set(CATALOG_PRODUCT.PER_ORDER_LIMIT, p.perOrderLimit())
                .set(CATALOG_PRODUCT.SPEC1_NAME, p.spec1Name())
                .set(CATALOG_PRODUCT.SPEC2_NAME, p.spec2Name())
                .set(CATALOG_PRODUCT.MIN_PRICE_FEN, min)
                .set(CATALOG_PRODUCT.MAX_PRICE_FEN, max)
                .set(CATALOG_PRODUCT.TOTAL_STOCK, stock)
                .set(CATALOG_PRODUCT.COVER_IMAGE, p.images().getFirst())
                .set(CATALOG_PRODUCT.CREATED_AT, now)
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, nextRevision())
                .execute();
        for (int i = 0; i < p.images().size(); i++) {
            db.insertInto(CATALOG_PRODUCT_IMAGE)
                    .set(CATALOG_PRODUCT_IMAGE.PRODUCT_ID, id)
                    .set(CATALOG_PRODUCT_IMAGE.IMAGE_INDEX, i)
                    .set(CATALOG_PRODUCT_IMAGE.IMAGE_REF, p.images().get(i))
                    .execute();
        }
        for (NewProduct.NewSku sku : p.skus()) {
            insertSku(id, merchantId, sku, sku.imageRef());
        }
    }

    void insertSku(UUID productId, UUID merchantId, NewProduct.NewSku sku, String imageRef) {
        db.insertInto(CATALOG_SKU)
                .set(CATALOG_SKU.ID, Ids.newId())
                .set(CATALOG_SKU.PRODUCT_ID, productId)
                .set(CATALOG_SKU.MERCHANT_ID, merchantId)
                .set(CATALOG_SKU.SKU_CODE, sku.skuCode())
                .set(CATALOG_SKU.SPEC1_VALUE, sku.spec1Value())
                .set(CATALOG_SKU.SPEC2_VALUE, sku.spec2Value())
                .set(CATALOG_SKU.PRICE_FEN, sku.priceFen())
                .set(CATALOG_SKU.STOCK, sku.stock())
                .set(CATALOG_SKU.IMAGE_REF, imageRef)
                .execute();
    }

    /** Whether another product of the merchant (any product when {@code exceptProductId} is null) uses a code. */
    boolean skuCodeTaken(UUID merchantId, Collection<String> codes, UUID exceptProductId) {
        Condition condition = CATALOG_SKU.MERCHANT_ID.eq(merchantId).and(CATALOG_SKU.SKU_CODE.in(codes));
        if (exceptProductId != null) {
            condition = condition.and(CATALOG_SKU.PRODUCT_ID.ne(exceptProductId));
        }
        return db.fetchExists(CATALOG_SKU, condition);
    }

    /** Changes the status of a product of this merchant only; false when it is not theirs. */
    boolean setStatus(UUID productId, UUID merchantId, ProductStatus status, Instant now) {
        var update = db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.STATUS, status.name())
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, nextRevision());
        if (status == ProductStatus.PUBLISHED) {
            update = update.set(CATALOG_PRODUCT.PUBLISHED_AT, DSL.coalesce(CATALOG_PRODUCT.PUBLISHED_AT, DSL.val(now)));
        }
        return update.where(CATALOG_PRODUCT.ID.eq(productId))
                        .and(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                        .execute()
                == 1;
    }

    int setMerchantTrading(UUID merchantId, boolean trading, Instant now) {
        return db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.MERCHANT_TRADING, trading)
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, nextRevision())
                .where(CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId))
                .and(CATALOG_PRODUCT.MERCHANT_TRADING.ne(trading))
                .execute();
    }

    Optional<CatalogProductRecord> findProduct(UUID id) {
        return db.selectFrom(CATALOG_PRODUCT).where(CATALOG_PRODUCT.ID.eq(id)).fetchOptional();
    }

    /** The pictures shoppers see: the uploaded ones when there are any, otherwise the generated drawings. */
    List<String> images(UUID productId) {
        List<String> all = db.select(CATALOG_PRODUCT_IMAGE.IMAGE_REF)
                .from(CATALOG_PRODUCT_IMAGE)
                .where(CATALOG_PRODUCT_IMAGE.PRODUCT_ID.eq(productId))
                .orderBy(CATALOG_PRODUCT_IMAGE.IMAGE_INDEX)
                .fetch(r -> r.value1());
        List<String> uploaded = all.stream().filter(ProductArt::isUpload).toList();
        return uploaded.isEmpty() ? all : uploaded;
    }

    List<Sku> skus(UUID productId) {
        return db.selectFrom(CATALOG_SKU)
                .where(CATALOG_SKU.PRODUCT_ID.eq(productId))
                .and(CATALOG_SKU.ENABLED.isTrue())
                .orderBy(CATALOG_SKU.SKU_CODE)
                .fetch(CatalogRepository::toSku);
    }

    static Sku toSku(CatalogSkuRecord r) {
        return new Sku(
                r.getId(),
                r.getSkuCode(),
                r.getSpec1Value(),
                r.getSpec2Value(),
                r.getPriceFen(),
                r.getStock(),
                r.getImageRef());
    }

    Optional<UUID> merchantOfVisible(UUID productId) {
        return db.select(CATALOG_PRODUCT.MERCHANT_ID)
                .from(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .and(visible())
                .fetchOptional(CATALOG_PRODUCT.MERCHANT_ID);
    }

    int countVisible() {
        return db.fetchCount(CATALOG_PRODUCT, visible());
    }

    List<CatalogQueries.ListedProduct> visibleByIdFrom(int offset, int limit) {
        return db.select(CATALOG_PRODUCT.ID, CATALOG_PRODUCT.MERCHANT_ID, CATALOG_PRODUCT.UPDATED_AT)
                .from(CATALOG_PRODUCT)
                .where(visible())
                .orderBy(CATALOG_PRODUCT.ID)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new CatalogQueries.ListedProduct(r.value1(), r.value2(), r.value3()));
    }

    List<UUID> merchantsWithVisibleProducts() {
        return db.selectDistinct(CATALOG_PRODUCT.MERCHANT_ID)
                .from(CATALOG_PRODUCT)
                .where(visible())
                .orderBy(CATALOG_PRODUCT.MERCHANT_ID)
                .fetch(CATALOG_PRODUCT.MERCHANT_ID);
    }

    static Condition visible() {
        return CATALOG_PRODUCT
                .STATUS
                .eq(ProductStatus.PUBLISHED.name())
                .and(CATALOG_PRODUCT.MERCHANT_TRADING.isTrue())
                .and(CATALOG_PRODUCT.COMPLIANCE_DELISTED.isFalse());
    }

    List<CatalogProductRecord> newest(int limit) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(visible())
                .orderBy(CATALOG_PRODUCT.PUBLISHED_AT.desc(), CATALOG_PRODUCT.ID)
                .limit(limit)
                .fetch();
    }

    /** Visible products by quantity sold since the given day, best first. */
    List<CatalogProductRecord> bestSellingSince(LocalDate firstDay, int limit) {
        var sold = DSL.sum(CATALOG_DAILY_SALES.QUANTITY).as("sold");
        var ranking = db.select(CATALOG_DAILY_SALES.PRODUCT_ID, sold)
                .from(CATALOG_DAILY_SALES)
                .join(CATALOG_PRODUCT)
                .on(CATALOG_PRODUCT.ID.eq(CATALOG_DAILY_SALES.PRODUCT_ID))
                .where(CATALOG_DAILY_SALES.SALES_DAY.ge(firstDay))
                .and(visible())
                .groupBy(CATALOG_DAILY_SALES.PRODUCT_ID)
                .orderBy(sold.desc(), CATALOG_DAILY_SALES.PRODUCT_ID)
                .limit(limit)
                .fetch(r -> r.value1());
        return byIds(ranking);
    }

    /** Adds a paid quantity to the product's day and to its running total; one statement each, safe under concurrency. */
    void recordSale(UUID productId, LocalDate day, int quantity, Instant now) {
        Counters.add(
                () -> db.update(CATALOG_DAILY_SALES)
                        .set(CATALOG_DAILY_SALES.QUANTITY, CATALOG_DAILY_SALES.QUANTITY.plus(quantity))
                        .where(CATALOG_DAILY_SALES.PRODUCT_ID.eq(productId))
                        .and(CATALOG_DAILY_SALES.SALES_DAY.eq(day))
                        .execute(),
                db.insertInto(CATALOG_DAILY_SALES)
                        .set(CATALOG_DAILY_SALES.PRODUCT_ID, productId)
                        .set(CATALOG_DAILY_SALES.SALES_DAY, day)
                        .set(CATALOG_DAILY_SALES.QUANTITY, quantity)
                        .onConflictDoNothing());
        db.update(CATALOG_PRODUCT)
                .set(CATALOG_PRODUCT.SALES_COUNT, CATALOG_PRODUCT.SALES_COUNT.plus(quantity))
                .set(CATALOG_PRODUCT.UPDATED_AT, now)
                .set(CATALOG_PRODUCT.REVISION, nextRevision())
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .execute();
    }

    List<CatalogProductRecord> visibleIn(Collection<UUID> categoryIds, int limit) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(visible())
                .and(CATALOG_PRODUCT.CATEGORY_ID.in(categoryIds))
                .orderBy(CATALOG_PRODUCT.SALES_COUNT.desc(), CATALOG_PRODUCT.PUBLISHED_AT.desc())
                .limit(limit)
                .fetch();
    }

    /** Products keyed by id, in the order of the ids given (search results keep their ranking). */
    List<CatalogProductRecord> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CatalogProductRecord> found = new LinkedHashMap<>();
        db.selectFrom(CATALOG_PRODUCT).where(CATALOG_PRODUCT.ID.in(ids)).forEach(r -> found.put(r.getId(), r));
        List<CatalogProductRecord> ordered = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(found.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    int countOfMerchant(UUID merchantId, MerchantProductFilter filter) {
        return db.fetchCount(CATALOG_PRODUCT, ofMerchant(merchantId, filter));
    }

    /**
     * One page of a merchant's own products that pass the filter, by creation time: paged in the database, never
     * the whole table.
     */
    List<CatalogProductRecord> pageOfMerchant(UUID merchantId, MerchantProductFilter filter, int offset, int limit) {
        return db.selectFrom(CATALOG_PRODUCT)
                .where(ofMerchant(merchantId, filter))
                // both keys in one direction, so an index on (merchant, [status,] created_at, id) serves either sort
                .orderBy(
                        filter.oldestFirst()
                                ? List.of(CATALOG_PRODUCT.CREATED_AT.asc(), CATALOG_PRODUCT.ID.asc())
                                : List.of(CATALOG_PRODUCT.CREATED_AT.desc(), CATALOG_PRODUCT.ID.desc()))
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    private static Condition ofMerchant(UUID merchantId, MerchantProductFilter filter) {
        Condition condition = CATALOG_PRODUCT.MERCHANT_ID.eq(merchantId);
        if (filter.status() != null) {
            condition = condition.and(CATALOG_PRODUCT.STATUS.eq(filter.status().name()));
        }
        String title = filter.titleSearch();
        if (title != null) {
            // jOOQ escapes % and _ in the text, so they match themselves
            condition = condition.and(CATALOG_PRODUCT.TITLE.containsIgnoreCase(title));
        }
        return condition;
    }

    int countProducts() {
        return db.fetchCount(CATALOG_PRODUCT);
    }
}
