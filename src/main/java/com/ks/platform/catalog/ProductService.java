package com.ks.platform.catalog;

import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotAllowed;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's commands on its own products. The merchant is always the signed-in person's (its owner, or staff with
 * {@link StaffPermission#PRODUCTS}), never a parameter.
 */
@Service
@PreAuthorize(Roles.IS_MERCHANT)
public class ProductService {

    static final long MAX_PRICE_FEN = 100_000_000_00L;
    static final int MAX_STOCK = 1_000_000;

    static final int MAX_NOTE = 200;

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_IMAGES = 8;

    private final CatalogRepository catalog;
    private final StockAdjustmentRepository adjustments;
    private final CategoryTree categories;
    private final MerchantAccess merchants;
    private final ProductImageRepository images;
    private final FileStorage storage;
    private final ProductEdits edits;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductService(
            CatalogRepository catalog,
            StockAdjustmentRepository adjustments,
            ProductImageRepository images,
            FileStorage storage,
            CategoryTree categories,
            MerchantAccess merchants,
            ProductEdits edits,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.catalog = catalog;
        this.adjustments = adjustments;
        this.images = images;
        this.storage = storage;
        this.categories = categories;
        this.merchants = merchants;
        this.edits = edits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a draft; every field is checked first, and nothing is stored when one is wrong. */
    @Transactional
    public UUID create(NewProduct product) {
        MerchantSummary merchant = myMerchant();
        if (merchant.status().approvedOnce() && !merchant.status().isTrading()) {
            // 限制经营 and worse: no new products until the penalty ends
            throw new NotAllowed("error.product.merchantRestricted");
        }
        Map<String, String> errors = validate(product, merchant.id(), null);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        UUID id = Ids.newId(clock);
        Category category = categories.byCode(product.categoryCode()).orElseThrow();
        catalog.insertProduct(
                id,
                merchant.id(),
                category.id(),
                sanitized(product),
                merchant.status().sells(),
                clock.instant());
        audit.record("product.created", "product", id.toString(), null);
        events.publishEvent(new ProductSaved(id, merchant.id()));
        return id;
    }

    /** One of the merchant's own products with every field as stored; another merchant's answers NotFound. */
    @Transactional(readOnly = true)
    public EditableProduct editable(UUID productId) {
        return edits.load(productId, myMerchant().id());
    }

    /**
     * Saves an edit of one of the merchant's own products under the same rules as {@link #create}, all or nothing.
     * A published product stays published. SKUs are matched by their spec combination; a combination left out is
     * taken off sale (never deleted: orders name it) and answered, so the editor can say so. Prices change for new
     * orders only (order lines keep the price they were placed at); stock moves by the difference from
     * {@link NewProduct.NewSku#stockSeen()}. The SKUs' pictures are chosen per colour ({@link #setColourImage}), so
     * their {@code imageRef} is ignored here.
     */
    @Transactional
    public List<String> update(UUID productId, NewProduct product) {
        MerchantSummary merchant = myMerchant();
        lockMyProduct(productId);
        if (product == null) {
            throw new RuleViolated("error.validation");
        }
        NewProduct withoutPictures = product.withSkuImages(null);
        Map<String, String> errors = validate(withoutPictures, merchant.id(), productId);
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        List<String> retired = edits.apply(productId, merchant.id(), sanitized(withoutPictures));
        audit.record("product.updated", "product", productId.toString(), null);
        events.publishEvent(new ProductSaved(productId, merchant.id()));
        return retired;
    }

    /**
     * Shows one of the product's uploaded pictures for every SKU of one value of its first spec (a colour), so
     * shoppers see it when they pick that colour; {@code null} picture: the product's cover. Without a first spec,
     * {@code spec1Value} is null and the picture is every SKU's.
     */
    @Transactional
    public void setColourImage(UUID productId, String spec1Value, String imageRef) {
        lockMyProduct(productId);
        if (imageRef != null && !uploads(images.stored(productId)).contains(imageRef)) {
            throw new NotFound("error.productImage.notFound");
        }
        edits.setColourImage(productId, myMerchant().id(), spec1Value, imageRef);
        audit.record("sku.imageChanged", "product", productId.toString(), null);
    }

    /**
     * The categories the signed-in merchant files products under, by top-level category: the one of its business
     * category (chosen at sign-up), or all of them when none matches; plus the group of {@code savedCategoryCode}
     * (a saved product's category, which stays offered), when given.
     */
    @Transactional(readOnly = true)
    public List<Category> categoryGroups(String savedCategoryCode) {
        String business = Optional.ofNullable(myMerchant().businessCategory())
                .map(Enum::name)
                .orElse("");
        List<Category> mine = categories.roots().stream()
                .filter(root -> root.code().equals(business)
                        || root.children().stream().anyMatch(c -> c.code().equals(savedCategoryCode)))
                .toList();
        return mine.stream().anyMatch(root -> root.code().equals(business)) ? mine : categories.roots();
    }

    /** A merchant may publish only once its qualification is approved. */
    @Transactional
    public void publish(UUID productId) {
        MerchantSummary merchant = myMerchant();
        if (!merchant.status().isTrading()) {
            throw new NotAllowed("error.product.merchantNotApproved");
        }
        if (!catalog.setStatus(productId, merchant.id(), ProductStatus.PUBLISHED, clock.instant())) {
            throw new NotFound("error.product.notFound");
        }
        audit.record("product.published", "product", productId.toString(), null);
    }

    @Transactional
    public void unpublish(UUID productId) {
        MerchantSummary merchant = myMerchant();
        if (!catalog.setStatus(productId, merchant.id(), ProductStatus.UNPUBLISHED, clock.instant())) {
            throw new NotFound("error.product.notFound");
        }
        audit.record("product.unpublished", "product", productId.toString(), null);
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return countMine(MerchantProductFilter.ALL);
    }

    /** How many of the signed-in merchant's products pass the filter. */
    @Transactional(readOnly = true)
    public int countMine(MerchantProductFilter filter) {
        return catalog.countOfMerchant(myMerchant().id(), filter);
    }

    /** The signed-in merchant's products, newest first, one page at a time. */
    @Transactional(readOnly = true)
    public List<MerchantProduct> mine(int offset, int limit) {
        return mine(MerchantProductFilter.ALL, offset, limit);
    }

    /** The signed-in merchant's products that pass the filter, one page (at most 200) at a time. */
    @Transactional(readOnly = true)
    public List<MerchantProduct> mine(MerchantProductFilter filter, int offset, int limit) {
        return catalog
                .pageOfMerchant(myMerchant().id(), filter, Math.max(0, offset), Math.clamp(limit, 0, 200))
                .stream()
                .map(r -> new MerchantProduct(
                        r.getId(),
                        r.getTitle(),
                        r.getCoverImage(),
                        ProductStatus.valueOf(r.getStatus()),
                        r.getMinPriceFen(),
                        r.getMaxPriceFen(),
                        r.getTotalStock(),
                        r.getSalesCount(),
                        r.getCreatedAt()))
                .toList();
    }

    /**
     * Changes one of the merchant's own SKUs' stock by {@code delta} and records who, when and why in the same
     * transaction. Another merchant's SKU answers NotFound; a result below 0 (or above the maximum) is refused and
     * nothing changes. Answers the stock after the change.
     */
    @Transactional
    public int adjustStock(UUID skuId, int delta, StockAdjustmentReason reason, String note) {
        MerchantSummary merchant = myMerchant();
        String cleanNote = blankToNull(note);
        Map<String, String> errors = new LinkedHashMap<>();
        if (delta == 0 || Math.abs((long) delta) > MAX_STOCK) {
            errors.put("delta", "error.stockAdjustment.delta");
        }
        if (reason == null) {
            errors.put("reason", "error.stockAdjustment.reason");
        }
        if (reason == StockAdjustmentReason.OTHER && cleanNote == null) {
            errors.put("note", "error.stockAdjustment.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            errors.put("note", "error.stockAdjustment.note");
        }
        UUID productId =
                adjustments.productOfSku(skuId, merchant.id()).orElseThrow(() -> new NotFound("error.sku.notFound"));
        if (!errors.isEmpty()) {
            throw new RuleViolated(errors);
        }
        int after = adjustments
                .adjust(
                        skuId,
                        productId,
                        merchant.id(),
                        delta,
                        MAX_STOCK,
                        reason,
                        cleanNote,
                        CurrentActor.require(),
                        clock.instant())
                .orElseThrow(() -> new RuleViolated(Map.of("delta", "error.stockAdjustment.outOfRange")));
        adjustments.refreshTotal(productId, clock.instant());
        return after;
    }

    /** The SKUs of one of the merchant's own products with their current stock. */
    @Transactional(readOnly = true)
    public List<Sku> mySkus(UUID productId) {
        UUID merchantId = myOwnProduct(productId);
        return adjustments.skus(productId, merchantId);
    }

    @Transactional(readOnly = true)
    public int countStockHistory(UUID productId) {
        return adjustments.countHistory(productId, myOwnProduct(productId));
    }

    /** The stock history of one of the merchant's own products, newest first, one page at a time. */
    @Transactional(readOnly = true)
    public List<StockAdjustment> stockHistory(UUID productId, int offset, int limit) {
        return adjustments.history(productId, myOwnProduct(productId), offset, Math.min(limit, 200));
    }

    /**
     * Adds a picture to the merchant's own product, after the ones it has. JPG, PNG or WebP decided by the content
     * (the file name is ignored and never stored), at most {@link #MAX_IMAGE_BYTES}, at most {@link #MAX_IMAGES} per
     * product. The first uploaded picture becomes the cover instead of the generated drawing. Answers the image ref.
     */
    @Transactional
    public String addImage(UUID productId, String filename, byte[] content) {
        lockMyProduct(productId);
        if (content == null || content.length == 0 || ImageFormat.sniff(content).isEmpty()) {
            throw new RuleViolated(Map.of("file", "error.productImage.type"));
        }
        if (content.length > MAX_IMAGE_BYTES) {
            throw new RuleViolated(Map.of("file", "error.productImage.tooLarge"));
        }
        List<String> stored = images.stored(productId);
        List<String> uploaded = new ArrayList<>(uploads(stored));
        if (uploaded.size() >= MAX_IMAGES) {
            throw new RuleViolated(Map.of("file", "error.productImage.tooMany"));
        }
        String key = Ids.newId(clock).toString();
        String storageKey = storageKey(key);
        storage.putInTransaction(storageKey, content);
        String ref = ProductArt.UPLOAD_PREFIX + key;
        uploaded.add(ref);
        saveImages(productId, uploaded, stored);
        audit.record("productImage.added", "product", productId.toString(), null);
        return ref;
    }

    /** The pictures the merchant uploaded for its own product, cover first. */
    @Transactional(readOnly = true)
    public List<String> myImages(UUID productId) {
        myOwnProduct(productId);
        return uploads(images.stored(productId));
    }

    /**
     * Takes a picture off the product. The file stays: order lines may have snapshotted it, and its key is never
     * reused. Without uploaded pictures the generated drawing is the cover again.
     */
    @Transactional
    public void removeImage(UUID productId, String imageRef) {
        lockMyProduct(productId);
        List<String> stored = images.stored(productId);
        saveImages(productId, uploadsWithout(stored, imageRef), stored);
        images.clearSkuImage(productId, imageRef);
        audit.record("productImage.removed", "product", productId.toString(), null);
    }

    /**
     * Shows one of the product's uploaded pictures for one of its SKUs (shoppers see it when they pick that spec, and
     * cart and order lines show it); {@code null} goes back to the product's cover. A picture of another product, or
     * of another merchant, answers NotFound and nothing changes.
     */
    @Transactional
    public void setSkuImage(UUID skuId, String imageRef) {
        UUID merchantId = myMerchant().id();
        UUID productId =
                adjustments.productOfSku(skuId, merchantId).orElseThrow(() -> new NotFound("error.sku.notFound"));
        lockMyProduct(productId);
        if (imageRef != null && !uploads(images.stored(productId)).contains(imageRef)) {
            throw new NotFound("error.productImage.notFound");
        }
        images.setSkuImage(skuId, productId, imageRef, clock.instant());
        audit.record("sku.imageChanged", "product", productId.toString(), null);
    }

    /** Moves a picture to a position (0 = the cover); positions beyond the end mean the last. */
    @Transactional
    public void moveImage(UUID productId, String imageRef, int position) {
        lockMyProduct(productId);
        List<String> stored = images.stored(productId);
        List<String> uploaded = uploadsWithout(stored, imageRef);
        uploaded.add(Math.clamp(position, 0, uploaded.size()), imageRef);
        saveImages(productId, uploaded, stored);
    }

    @Transactional
    public void makeCover(UUID productId, String imageRef) {
        moveImage(productId, imageRef, 0);
    }

    /** The merchant's own pictures among the stored refs (not the generated drawing), in order. */
    private static List<String> uploads(List<String> stored) {
        return stored.stream().filter(ProductArt::isUpload).toList();
    }

    /** The uploaded refs in order without the one named; NotFound when it is not one of them. */
    private static List<String> uploadsWithout(List<String> stored, String imageRef) {
        List<String> uploaded = new ArrayList<>(uploads(stored));
        if (!uploaded.remove(imageRef)) {
            throw new NotFound("error.productImage.notFound");
        }
        return uploaded;
    }

    static String storageKey(String imageKey) {
        return "catalog/product-images/" + imageKey;
    }

    /** Uploads first, then the drawings the product was created with, which come back when no upload is left. */
    private void saveImages(UUID productId, List<String> uploaded, List<String> stored) {
        List<String> refs = new ArrayList<>(uploaded);
        stored.stream().filter(ref -> !ProductArt.isUpload(ref)).forEach(refs::add);
        images.replace(productId, refs, clock.instant());
    }

    private void lockMyProduct(UUID productId) {
        if (!images.lockOwnProduct(productId, myMerchant().id())) {
            throw new NotFound("error.product.notFound");
        }
    }

    private UUID myOwnProduct(UUID productId) {
        UUID merchantId = myMerchant().id();
        if (!adjustments.ownsProduct(productId, merchantId)) {
            throw new NotFound("error.product.notFound");
        }
        return merchantId;
    }

    /** Second-level categories a product can be filed under. */
    public List<Category> leafCategories() {
        return categories.all().filter(c -> c.parentId() != null).toList();
    }

    private MerchantSummary myMerchant() {
        return merchants.require(StaffPermission.PRODUCTS);
    }

    /** {@code productId}: the product being edited, whose own SKU codes are not taken; null when creating. */
    Map<String, String> validate(NewProduct p, UUID merchantId, UUID productId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.categoryCode() == null
                || categories
                        .byCode(p.categoryCode())
                        .filter(c -> c.parentId() != null)
                        .isEmpty()) {
            errors.put("category", "error.product.category");
        }
        if (p.title() == null || p.title().isBlank() || p.title().strip().length() > 120) {
            errors.put("title", "error.product.title");
        }
        if (p.images() == null || p.images().isEmpty()) {
            errors.put("images", "error.product.images");
        } else if (p.images().stream().anyMatch(ref -> ref == null || ProductArt.isUpload(ref))) {
            // uploads belong to a saved product and arrive through addImage, never as a bare reference
            errors.put("images", "error.product.images");
        }
        if (p.perOrderLimit() < 1 || p.perOrderLimit() > 999) {
            errors.put("perOrderLimit", "error.product.perOrderLimit");
        }
        if (!p.returnable7d() && p.returnExclusion() == null) {
            errors.put("returnExclusion", "error.product.returnExclusion");
        }
        validateSkus(p, merchantId, productId, errors);
        return errors;
    }

    private void validateSkus(NewProduct p, UUID merchantId, UUID productId, Map<String, String> errors) {
        List<NewProduct.NewSku> skus = p.skus() == null ? List.of() : p.skus();
        if (skus.isEmpty()) {
            errors.put("skus", "error.sku.none");
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<String> combinations = new HashSet<>();
        for (NewProduct.NewSku sku : skus) {
            if (sku.skuCode() == null || !sku.skuCode().matches("[A-Za-z0-9_-]{1,40}")) {
                errors.put("skus", "error.sku.code");
            } else if (!codes.add(sku.skuCode())) {
                errors.put("skus", "error.sku.duplicateCode");
            }
            if (sku.priceFen() <= 0 || sku.priceFen() > MAX_PRICE_FEN) {
                errors.put("skus", "error.sku.price");
            }
            if (sku.stock() < 0 || sku.stock() > MAX_STOCK) {
                errors.put("skus", "error.sku.stock");
            }
            if (sku.imageRef() != null && (p.images() == null || !p.images().contains(sku.imageRef()))) {
                errors.put("skus", "error.sku.image");
            }
            boolean needs1 = p.spec1Name() != null && !p.spec1Name().isBlank();
            boolean needs2 = p.spec2Name() != null && !p.spec2Name().isBlank();
            if (needs1 != (sku.spec1Value() != null && !sku.spec1Value().isBlank())
                    || needs2 != (sku.spec2Value() != null && !sku.spec2Value().isBlank())) {
                errors.put("skus", "error.sku.specs");
            } else if (!combinations.add(sku.spec1Value() + "\u0000" + sku.spec2Value())) {
                errors.put("skus", "error.sku.duplicateSpecs");
            }
        }
        if (!errors.containsKey("skus") && catalog.skuCodeTaken(merchantId, codes, productId)) {
            errors.put("skus", "error.sku.duplicateCode");
        }
    }

    /** Descriptions are HTML from merchants: only a small, harmless subset survives. */
    private static NewProduct sanitized(NewProduct p) {
        String html = RichDescription.sanitise(p.descriptionHtml());
        return new NewProduct(
                p.categoryCode(),
                p.title().strip(),
                p.subtitle() == null ? null : p.subtitle().strip(),
                p.brand() == null ? null : p.brand().strip(),
                html,
                p.images(),
                blankToNull(p.spec1Name()),
                blankToNull(p.spec2Name()),
                p.skus(),
                p.perOrderLimit(),
                p.returnable7d(),
                p.returnable7d() ? null : p.returnExclusion(),
                p.freeShipping());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
