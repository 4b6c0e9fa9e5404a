package com.ks.platform.catalog;

import com.ks.jooq.tables.records.CatalogProductRecord;
import com.ks.jooq.tables.records.CatalogSkuRecord;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a saved product for its editor and applies an edit that {@link ProductService} has validated, inside its
 * transaction. A SKU is the same SKU as long as its spec combination is: its price, code and stock change in place
 * (orders snapshot their price, so only new orders see a new one); a combination that disappears is taken off sale,
 * never deleted (order lines, carts and the stock history name it), and comes back when it is added again.
 */
@Component
class ProductEdits {

    private final ProductEditRepository edits;
    private final StockAdjustmentRepository adjustments;
    private final ProductImageRepository images;
    private final CategoryTree categories;
    private final Clock clock;

    ProductEdits(
            ProductEditRepository edits,
            StockAdjustmentRepository adjustments,
            ProductImageRepository images,
            CategoryTree categories,
            Clock clock) {
        this.edits = edits;
        this.adjustments = adjustments;
        this.images = images;
        this.categories = categories;
        this.clock = clock;
    }

    EditableProduct load(UUID productId, UUID merchantId) {
        CatalogProductRecord row =
                edits.product(productId, merchantId).orElseThrow(() -> new NotFound("error.product.notFound"));
        List<NewProduct.NewSku> onSale = new ArrayList<>();
        List<NewProduct.NewSku> retired = new ArrayList<>();
        for (CatalogSkuRecord sku : edits.skus(productId, merchantId)) {
            NewProduct.NewSku form = new NewProduct.NewSku(
                    sku.getSkuCode(),
                    sku.getSpec1Value(),
                    sku.getSpec2Value(),
                    sku.getPriceFen(),
                    sku.getStock(),
                    sku.getImageRef(),
                    sku.getStock());
            (sku.getEnabled() ? onSale : retired).add(form);
        }
        NewProduct product = new NewProduct(
                categories.byId(row.getCategoryId()).map(Category::code).orElse(null),
                row.getTitle(),
                row.getSubtitle(),
                row.getBrand(),
                row.getDescriptionHtml(),
                images.stored(productId).stream()
                        .filter(ref -> !ProductArt.isUpload(ref))
                        .toList(),
                row.getSpec1Name(),
                row.getSpec2Name(),
                onSale,
                row.getPerOrderLimit(),
                row.getReturnable_7d(),
                Optional.ofNullable(row.getReturnExclusion())
                        .map(ReturnExclusion::valueOf)
                        .orElse(null),
                row.getFreeShipping());
        return new EditableProduct(productId, ProductStatus.valueOf(row.getStatus()), product, retired);
    }

    /** Applies a validated edit of the merchant's locked product; answers the combinations taken off sale. */
    List<String> apply(UUID productId, UUID merchantId, NewProduct p) {
        Instant now = clock.instant();
        List<CatalogSkuRecord> rows = edits.skus(productId, merchantId);
        Map<String, CatalogSkuRecord> byCombination = new HashMap<>();
        Map<String, UUID> codeHolders = new HashMap<>();
        rows.forEach(row -> {
            byCombination.put(combination(row.getSpec1Value(), row.getSpec2Value()), row);
            codeHolders.put(row.getSkuCode(), row.getId());
        });
        for (NewProduct.NewSku sku : p.skus()) {
            CatalogSkuRecord target = byCombination.get(combination(sku.spec1Value(), sku.spec2Value()));
            UUID holder = codeHolders.get(sku.skuCode());
            if (holder != null && (target == null || !holder.equals(target.getId()))) {
                throw new RuleViolated(Map.of("skus", "error.sku.duplicateCode"));
            }
        }
        UUID categoryId = categories.byCode(p.categoryCode()).orElseThrow().id();
        edits.updateFacts(productId, merchantId, categoryId, p, now);
        replaceDrawings(productId, p.images(), now);
        String drawing = p.images().getFirst();
        Set<UUID> kept = new HashSet<>();
        for (NewProduct.NewSku sku : p.skus()) {
            CatalogSkuRecord target = byCombination.get(combination(sku.spec1Value(), sku.spec2Value()));
            if (target == null) {
                edits.insertSku(productId, merchantId, sku, colourPicture(rows, sku.spec1Value(), drawing));
                continue;
            }
            kept.add(target.getId());
            String picture = ProductArt.isUpload(target.getImageRef()) ? target.getImageRef() : drawing;
            edits.updateSku(target.getId(), merchantId, sku.skuCode(), sku.priceFen(), picture);
            changeStock(target, productId, merchantId, sku, now);
        }
        List<CatalogSkuRecord> retired = rows.stream()
                .filter(row -> row.getEnabled() && !kept.contains(row.getId()))
                .toList();
        edits.retire(retired.stream().map(CatalogSkuRecord::getId).toList(), merchantId);
        edits.refreshSummary(productId, now);
        return retired.stream()
                .map(row -> NewProduct.specLabel(row.getSpec1Value(), row.getSpec2Value()))
                .toList();
    }

    /**
     * Applies the difference between the stock typed and the stock seen, by the same conditional update as a manual
     * adjustment (recorded as a stocktake): units sold meanwhile stay sold, and the result never leaves its range.
     */
    private void changeStock(
            CatalogSkuRecord target, UUID productId, UUID merchantId, NewProduct.NewSku sku, Instant now) {
        int seen = sku.stockSeen() == null ? target.getStock() : sku.stockSeen();
        int delta = sku.stock() - seen;
        if (delta == 0) {
            return;
        }
        adjustments
                .adjust(
                        target.getId(),
                        productId,
                        merchantId,
                        delta,
                        ProductService.MAX_STOCK,
                        StockAdjustmentReason.STOCKTAKE,
                        null,
                        CurrentActor.require(),
                        now)
                .orElseThrow(() -> new RuleViolated(Map.of("skus", "error.sku.stockChanged")));
    }

    /** The uploads stay as they are; the generated drawings behind them are the ones of the edit. */
    private void replaceDrawings(UUID productId, List<String> drawings, Instant now) {
        List<String> stored = images.stored(productId);
        if (stored.stream().filter(ref -> !ProductArt.isUpload(ref)).toList().equals(drawings)) {
            return;
        }
        List<String> refs =
                new ArrayList<>(stored.stream().filter(ProductArt::isUpload).toList());
        refs.addAll(drawings);
        images.replace(productId, refs, now);
    }

    void setColourImage(UUID productId, UUID merchantId, String spec1Value, String imageRef) {
        edits.setColourImage(productId, merchantId, spec1Value, imageRef);
        edits.refreshSummary(productId, clock.instant());
    }

    /** A new SKU of a colour that has its own picture shows that picture, like the colour's other SKUs. */
    private static String colourPicture(List<CatalogSkuRecord> rows, String spec1Value, String drawing) {
        return rows.stream()
                .filter(row -> row.getEnabled() && Objects.equals(row.getSpec1Value(), spec1Value))
                .map(CatalogSkuRecord::getImageRef)
                .filter(ProductArt::isUpload)
                .findFirst()
                .orElse(drawing);
    }

    private static String combination(String spec1Value, String spec2Value) {
        return spec1Value + "\u0000" + spec2Value;
    }
}
