package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_PRODUCT;

import com.ks.platform.shared.ModuleHook;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What compliance's automatic findings read: a product's texts (the description as plain text) and lowest price, and
 * the usual price of its category. Not a door for people: compliance decides who sees the findings.
 */
@Service
@Transactional(readOnly = true)
public class ProductScans {

    /** A category needs this many other products before a price can be called far from its range. */
    public static final int MIN_CATEGORY_SAMPLE = 5;

    public record ScannedProduct(
            UUID id, UUID merchantId, String title, String text, UUID categoryId, long minPriceFen) {}

    private final DSLContext db;

    ProductScans(DSLContext db) {
        this.db = db;
    }

    @ModuleHook
    public Optional<ScannedProduct> product(UUID productId) {
        return db.select(fields())
                .from(CATALOG_PRODUCT)
                .where(CATALOG_PRODUCT.ID.eq(productId))
                .fetchOptional(ProductScans::scanned);
    }

    /** Products other than drafts, in id order after {@code afterId} (null: from the start). */
    @ModuleHook
    public List<ScannedProduct> page(UUID afterId, int limit) {
        var condition = CATALOG_PRODUCT.STATUS.ne(ProductStatus.DRAFT.name());
        if (afterId != null) {
            condition = condition.and(CATALOG_PRODUCT.ID.gt(afterId));
        }
        return db.select(fields())
                .from(CATALOG_PRODUCT)
                .where(condition)
                .orderBy(CATALOG_PRODUCT.ID)
                .limit(limit)
                .fetch(ProductScans::scanned);
    }

    /**
     * The median lowest price of the category's other products (drafts excluded), or empty when there are fewer than
     * {@link #MIN_CATEGORY_SAMPLE}: a count and one row at the middle offset, which both databases answer alike.
     */
    @ModuleHook
    public OptionalLong categoryMedianFen(UUID categoryId, UUID excludedProduct) {
        var others = CATALOG_PRODUCT
                .CATEGORY_ID
                .eq(categoryId)
                .and(CATALOG_PRODUCT.ID.ne(excludedProduct))
                .and(CATALOG_PRODUCT.STATUS.ne(ProductStatus.DRAFT.name()));
        int count = db.fetchCount(CATALOG_PRODUCT, others);
        if (count < MIN_CATEGORY_SAMPLE) {
            return OptionalLong.empty();
        }
        Long median = db.select(CATALOG_PRODUCT.MIN_PRICE_FEN)
                .from(CATALOG_PRODUCT)
                .where(others)
                .orderBy(CATALOG_PRODUCT.MIN_PRICE_FEN, CATALOG_PRODUCT.ID)
                .limit(1)
                .offset(count / 2)
                .fetchOne(CATALOG_PRODUCT.MIN_PRICE_FEN);
        return median == null ? OptionalLong.empty() : OptionalLong.of(median);
    }

    private static List<org.jooq.Field<?>> fields() {
        return List.of(
                CATALOG_PRODUCT.ID,
                CATALOG_PRODUCT.MERCHANT_ID,
                CATALOG_PRODUCT.TITLE,
                CATALOG_PRODUCT.SUBTITLE,
                CATALOG_PRODUCT.DESCRIPTION_HTML,
                CATALOG_PRODUCT.CATEGORY_ID,
                CATALOG_PRODUCT.MIN_PRICE_FEN);
    }

    private static ScannedProduct scanned(Record r) {
        String subtitle = r.get(CATALOG_PRODUCT.SUBTITLE);
        String html = r.get(CATALOG_PRODUCT.DESCRIPTION_HTML);
        String text = (subtitle == null ? "" : subtitle + "\n")
                + (html == null ? "" : Jsoup.parse(html).text());
        return new ScannedProduct(
                r.get(CATALOG_PRODUCT.ID),
                r.get(CATALOG_PRODUCT.MERCHANT_ID),
                r.get(CATALOG_PRODUCT.TITLE),
                text,
                r.get(CATALOG_PRODUCT.CATEGORY_ID),
                r.get(CATALOG_PRODUCT.MIN_PRICE_FEN));
    }
}
