package com.ks.platform.catalog;

import static com.ks.jooq.Tables.CATALOG_SKU;

import com.ks.platform.shared.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Published products for tests of other modules, each with uniquely coded SKUs. Callers act as an approved merchant
 * first. Price and stock are changed straight in the table: the merchant's editing commands do not exist yet.
 */
@Component
public class TestCatalog {

    private final ProductService products;
    private final CatalogQueries catalog;
    private final DSLContext db;

    TestCatalog(ProductService products, CatalogQueries catalog, DSLContext db) {
        this.products = products;
        this.catalog = catalog;
        this.db = db;
    }

    /** A published product with one SKU per price given, each with the same stock. */
    public ProductDetails publish(String title, int perOrderLimit, int stock, long... pricesFen) {
        return publishIn("PHONE", title, perOrderLimit, stock, pricesFen);
    }

    public ProductDetails publishIn(String category, String title, int perOrderLimit, int stock, long... pricesFen) {
        String code = Ids.newId().toString().substring(24);
        List<NewProduct.NewSku> skus = new ArrayList<>();
        for (int i = 0; i < pricesFen.length; i++) {
            skus.add(new NewProduct.NewSku(
                    "T" + code + i, pricesFen.length > 1 ? "款式" + (i + 1) : null, null, pricesFen[i], stock, null));
        }
        UUID id = products.create(new NewProduct(
                category,
                title,
                null,
                null,
                "<p>测试商品</p>",
                List.of(ProductArt.ref("PHONE", "1f2937")),
                pricesFen.length > 1 ? "款式" : null,
                null,
                skus,
                perOrderLimit,
                true,
                null,
                true));
        products.publish(id);
        return catalog.product(id).orElseThrow();
    }

    /**
     * A published 颜色 (红色, 蓝色) × 尺码 (S, M) product of the signed-in merchant, ¥99 and 10 units each, filed under
     * stationery so that it does not crowd the search relevance set.
     */
    public UUID twoByTwo(String title) {
        String code = Ids.newId().toString().substring(24);
        List<NewProduct.NewSku> skus = new ArrayList<>();
        int n = 0;
        for (String colour : List.of("红色", "蓝色")) {
            for (String size : List.of("S", "M")) {
                skus.add(new NewProduct.NewSku("M" + code + n++, colour, size, 9_900, 10, null));
            }
        }
        UUID id = products.create(new NewProduct(
                "STATIONERY",
                title,
                null,
                null,
                "<p>说明</p>",
                List.of(ProductArt.ref("BOTTLE", "1f2937")),
                "颜色",
                "尺码",
                skus,
                5,
                true,
                null,
                true));
        products.publish(id);
        return id;
    }

    /** A draft with one SKU, never in the search index, so tests of merchant tools do not crowd search results. */
    public ProductDetails draft(String title, int stock, long priceFen) {
        String code = Ids.newId().toString().substring(24);
        UUID id = products.create(new NewProduct(
                "STATIONERY",
                title,
                null,
                null,
                null,
                List.of(ProductArt.ref("BOOK", "1f2937")),
                null,
                null,
                List.of(new NewProduct.NewSku("D" + code, null, null, priceFen, stock, null)),
                5,
                true,
                null,
                true));
        return new ProductDetails(
                id,
                title,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                products.mySkus(id),
                5,
                true,
                null,
                true,
                0,
                0,
                0,
                null,
                ProductStatus.DRAFT,
                null);
    }

    public void unpublish(UUID productId) {
        products.unpublish(productId);
    }

    public void setPrice(UUID skuId, long priceFen) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.PRICE_FEN, priceFen)
                .where(CATALOG_SKU.ID.eq(skuId))
                .execute();
    }

    public void setStock(UUID skuId, int stock) {
        db.update(CATALOG_SKU)
                .set(CATALOG_SKU.STOCK, stock)
                .where(CATALOG_SKU.ID.eq(skuId))
                .execute();
    }

    public int stockOf(UUID skuId) {
        return db.select(CATALOG_SKU.STOCK)
                .from(CATALOG_SKU)
                .where(CATALOG_SKU.ID.eq(skuId))
                .fetchOne(0, int.class);
    }
}
