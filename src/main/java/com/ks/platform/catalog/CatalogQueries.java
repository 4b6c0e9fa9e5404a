package com.ks.platform.catalog;

import com.ks.jooq.tables.records.CatalogProductRecord;
import com.ks.platform.merchant.MerchantQueries;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.shared.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What shoppers may read of the catalog: only published products of merchants that may trade. */
@Service
@Transactional(readOnly = true)
public class CatalogQueries {

    private static final Duration NEW_FOR = Duration.ofDays(30);
    private static final int HOT_DAYS = 30;

    private final CatalogRepository catalog;
    private final CategoryTree categories;
    private final MerchantQueries merchants;
    private final Clock clock;

    CatalogQueries(CatalogRepository catalog, CategoryTree categories, MerchantQueries merchants, Clock clock) {
        this.catalog = catalog;
        this.categories = categories;
        this.merchants = merchants;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public List<Category> categoryTree() {
        return categories.roots();
    }

    @PreAuthorize("permitAll()")
    public Optional<Category> category(String code) {
        return categories.byCode(code);
    }

    /**
     * The top-level category code of each product, whatever its status (orders keep lines of withdrawn products): what
     * the platform's commission is keyed on. Ids not found are left out.
     */
    @PreAuthorize("permitAll()")
    public Map<UUID, String> rootCategoryCodes(List<UUID> productIds) {
        return catalog.byIds(productIds).stream()
                .collect(Collectors.toMap(CatalogProductRecord::getId, r -> rootCode(r.getCategoryId()), (a, b) -> a));
    }

    private String rootCode(UUID categoryId) {
        Category category = categories.byId(categoryId).orElseThrow();
        return category.parentId() == null
                ? category.code()
                : categories.byId(category.parentId()).orElseThrow().code();
    }

    @PreAuthorize("permitAll()")
    public List<ProductCard> newArrivals(int limit) {
        return toCards(catalog.newest(Math.min(limit, 50)));
    }

    /** Best sellers of the last 30 days (China Standard Time days) by paid quantity; empty until orders are paid. */
    @PreAuthorize("permitAll()")
    public List<ProductCard> bestSellers(int limit) {
        LocalDate firstDay = LocalDate.now(clock.withZone(BusinessTime.ZONE)).minusDays(HOT_DAYS - 1);
        return toCards(catalog.bestSellingSince(firstDay, Math.min(limit, 50)));
    }

    @PreAuthorize("permitAll()")
    public List<ProductCard> inCategories(Set<String> categoryCodes, int limit) {
        List<UUID> ids = categoryCodes.stream()
                .flatMap(code -> categories.withDescendants(code).stream())
                .distinct()
                .toList();
        return ids.isEmpty() ? List.of() : toCards(catalog.visibleIn(ids, Math.min(limit, 50)));
    }

    /** Cards for ids in the given order, skipping what is no longer visible. */
    @PreAuthorize("permitAll()")
    public List<ProductCard> cards(List<UUID> productIds) {
        return toCards(catalog.byIds(productIds).stream()
                .filter(CatalogQueries::isVisible)
                .toList());
    }

    /** The merchant selling a product that shoppers can see; absent otherwise. */
    @PreAuthorize("permitAll()")
    public Optional<UUID> merchantOf(UUID productId) {
        return catalog.merchantOfVisible(productId);
    }

    /**
     * The return policy a product was sold under, whether or not it is still on sale (after-sales asks about goods
     * already bought); absent for an unknown product.
     */
    @PreAuthorize("permitAll()")
    public Optional<ReturnPolicy> returnPolicy(UUID productId) {
        return catalog.findProduct(productId)
                .map(r -> ReturnPolicy.of(
                        Boolean.TRUE.equals(r.getReturnable_7d()),
                        r.getReturnExclusion() == null ? null : ReturnExclusion.valueOf(r.getReturnExclusion())));
    }

    /** The shop's rating: all reviews of its products on sale. */
    @PreAuthorize("permitAll()")
    public ShopRating shopRating(UUID merchantId) {
        return catalog.shopRating(merchantId);
    }

    /** A product on sale as a crawler lists it: where it is and when it last changed. */
    public record ListedProduct(UUID id, UUID merchantId, java.time.Instant updatedAt) {}

    /** How many products are on sale (what the sitemap lists). */
    @PreAuthorize("permitAll()")
    public int listedCount() {
        return catalog.countVisible();
    }

    /** Products on sale in a stable order (by id), a page at a time. */
    @PreAuthorize("permitAll()")
    public List<ListedProduct> listed(int offset, int limit) {
        return catalog.visibleByIdFrom(offset, Math.min(limit, 50_000));
    }

    /** The shops that have something on sale. */
    @PreAuthorize("permitAll()")
    public List<UUID> shopsWithProducts() {
        return catalog.merchantsWithVisibleProducts();
    }

    /** The product page; absent for drafts, unpublished products and products of suspended merchants. */
    @PreAuthorize("permitAll()")
    public Optional<ProductDetails> product(UUID productId) {
        return catalog.findProduct(productId).filter(CatalogQueries::isVisible).map(this::details);
    }

    /** Whether shoppers may see the product: one rule for product pages, cards and the search index. */
    public static boolean isVisible(CatalogProductRecord r) {
        return ProductStatus.PUBLISHED.name().equals(r.getStatus())
                && Boolean.TRUE.equals(r.getMerchantTrading())
                && !Boolean.TRUE.equals(r.getComplianceDelisted());
    }

    private ProductDetails details(CatalogProductRecord r) {
        List<Sku> skus = catalog.skus(r.getId());
        MerchantSummary merchant = merchants.publicFacts(r.getMerchantId()).orElseThrow();
        return new ProductDetails(
                r.getId(),
                r.getTitle(),
                r.getSubtitle(),
                r.getBrand(),
                r.getDescriptionHtml(),
                categories.byId(r.getCategoryId()).orElseThrow(),
                catalog.images(r.getId()),
                r.getSpec1Name(),
                skus.stream()
                        .map(Sku::spec1Value)
                        .filter(v -> v != null)
                        .distinct()
                        .toList(),
                r.getSpec2Name(),
                skus.stream()
                        .map(Sku::spec2Value)
                        .filter(v -> v != null)
                        .distinct()
                        .toList(),
                skus,
                r.getPerOrderLimit(),
                r.getReturnable_7d(),
                r.getReturnExclusion() == null ? null : ReturnExclusion.valueOf(r.getReturnExclusion()),
                r.getFreeShipping(),
                r.getSalesCount(),
                r.getRatingCount(),
                r.getRatingSum(),
                new ProductDetails.MerchantCard(
                        merchant.id(),
                        merchant.storeName(),
                        merchant.companyName(),
                        merchant.creditCode(),
                        merchant.status().name()),
                ProductStatus.valueOf(r.getStatus()),
                r.getPublishedAt());
    }

    List<ProductCard> toCards(List<CatalogProductRecord> rows) {
        Map<UUID, String> stores = merchants.storeNames(
                rows.stream().map(CatalogProductRecord::getMerchantId).collect(Collectors.toSet()));
        var now = clock.instant();
        return rows.stream()
                .map(r -> new ProductCard(
                        r.getId(),
                        r.getTitle(),
                        r.getCoverImage(),
                        r.getMinPriceFen(),
                        r.getMaxPriceFen(),
                        r.getSalesCount(),
                        r.getRatingCount(),
                        r.getRatingSum(),
                        r.getReturnable_7d(),
                        r.getFreeShipping(),
                        r.getPublishedAt() != null && r.getPublishedAt().isAfter(now.minus(NEW_FOR)),
                        r.getTotalStock() > 0,
                        r.getMerchantId(),
                        stores.getOrDefault(r.getMerchantId(), ""),
                        categories.byId(r.getCategoryId()).map(Category::code).orElse("")))
                .toList();
    }
}
