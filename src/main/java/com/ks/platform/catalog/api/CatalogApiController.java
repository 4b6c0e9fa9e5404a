package com.ks.platform.catalog.api;

import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.catalog.ProductCard;
import com.ks.platform.catalog.ProductDetails;
import com.ks.platform.catalog.Sku;
import com.ks.platform.catalog.search.SearchQuery;
import com.ks.platform.catalog.search.SearchQuery.SearchSort;
import com.ks.platform.catalog.search.SearchService;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.Paging;
import com.ks.platform.shared.RuleViolated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog for apps and partners: categories, search with the storefront's filters and sorts, and product
 * details with SKUs. No token needed; only published products of trading merchants are visible, as on the storefront.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog", description = "Categories, product search and product details (public)")
class CatalogApiController {

    static final int MAX_SIZE = 50;
    /** The deepest a client can page into a search (page × size): the storefront never shows more. */
    static final int MAX_OFFSET = 5_000;

    static final int MAX_TEXT = 100;

    private final CatalogQueries catalog;
    private final SearchService search;

    CatalogApiController(CatalogQueries catalog, SearchService search) {
        this.catalog = catalog;
        this.search = search;
    }

    @GetMapping("/categories")
    @Operation(summary = "The two-level category tree")
    List<Category> categories() {
        return catalog.categoryTree();
    }

    @GetMapping("/products")
    @Operation(
            summary = "Search products",
            description = "Free text (at most 100 characters), category code, price range in fen, shop, minimum"
                    + " rating, in stock only; sorted by relevance, price, sales or newest. Pages of at most 50, at"
                    + " most 5000 deep.")
    ProductPage products(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long minPriceFen,
            @RequestParam(required = false) Long maxPriceFen,
            @RequestParam(required = false) UUID merchantId,
            @RequestParam(required = false) Double minRating,
            @RequestParam(defaultValue = "false") boolean inStockOnly,
            @RequestParam(defaultValue = "RELEVANCE") SearchSort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        int offset = Paging.offset(page, size, MAX_SIZE, MAX_OFFSET);
        if ((q != null && q.length() > MAX_TEXT)
                || (minPriceFen != null && minPriceFen < 0)
                || (maxPriceFen != null && maxPriceFen < 0)
                || (minRating != null && (minRating < 0 || minRating > 5))) {
            throw new RuleViolated("error.api.searchFilters", MAX_TEXT);
        }
        var result = search.search(new SearchQuery(
                q, category, minPriceFen, maxPriceFen, merchantId, minRating, inStockOnly, sort, offset, size));
        return new ProductPage(result.hits(), result.total(), page, size);
    }

    @GetMapping("/products/{productId}")
    @Operation(summary = "A product with its SKUs, prices and stock state")
    ProductView product(@PathVariable UUID productId) {
        return catalog.product(productId)
                .map(ProductView::of)
                .orElseThrow(() -> new NotFound("error.product.notFound"));
    }

    record ProductPage(List<ProductCard> items, int total, int page, int size) {}

    /** A product as clients see it: stock as a state, never the exact count (competitors would read it). */
    record ProductView(
            UUID id,
            String title,
            String subtitle,
            String brand,
            String descriptionHtml,
            String categoryCode,
            List<String> images,
            String spec1Name,
            String spec2Name,
            List<SkuView> skus,
            int perOrderLimit,
            boolean returnable7d,
            boolean freeShipping,
            int salesCount,
            int ratingCount,
            ProductDetails.MerchantCard merchant) {

        static ProductView of(ProductDetails p) {
            return new ProductView(
                    p.id(),
                    p.title(),
                    p.subtitle(),
                    p.brand(),
                    p.descriptionHtml(),
                    p.category() == null ? null : p.category().code(),
                    p.images(),
                    p.spec1Name(),
                    p.spec2Name(),
                    p.skus().stream().map(SkuView::of).toList(),
                    p.perOrderLimit(),
                    p.returnable7d(),
                    p.freeShipping(),
                    p.salesCount(),
                    p.ratingCount(),
                    p.merchant());
        }
    }

    record SkuView(UUID id, String skuCode, String spec1Value, String spec2Value, long priceFen, StockState stock) {

        /** Below this many in stock the state is FEW_LEFT. */
        static final int FEW = 5;

        static SkuView of(Sku sku) {
            StockState state = sku.stock() <= 0
                    ? StockState.SOLD_OUT
                    : sku.stock() < FEW ? StockState.FEW_LEFT : StockState.IN_STOCK;
            return new SkuView(sku.id(), sku.skuCode(), sku.spec1Value(), sku.spec2Value(), sku.priceFen(), state);
        }
    }

    enum StockState {
        IN_STOCK,
        FEW_LEFT,
        SOLD_OUT
    }
}
