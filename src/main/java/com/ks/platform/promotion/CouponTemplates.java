package com.ks.platform.promotion;

import com.ks.jooq.tables.records.PromotionCouponTemplateRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.catalog.Category;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.MerchantSummary;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.AuditTrail;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing coupons: a shop's staff with the products permission create and stop their shop's coupons, administrators the
 * platform's. The shop is always the signed-in person's (never a parameter); another shop's coupon is not found. Every
 * creation and stop is audited.
 */
@Service
public class CouponTemplates {

    private final CouponRepository coupons;
    private final MerchantAccess merchants;
    private final CatalogQueries catalog;
    private final AuditTrail audit;
    private final Clock clock;

    CouponTemplates(
            CouponRepository coupons, MerchantAccess merchants, CatalogQueries catalog, AuditTrail audit, Clock clock) {
        this.coupons = coupons;
        this.merchants = merchants;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public UUID createShopCoupon(NewCouponTemplate template) {
        MerchantSummary shop = merchants.require(StaffPermission.PRODUCTS);
        if (template != null && template.newUserGift()) {
            throw new RuleViolated("error.coupon.giftPlatformOnly");
        }
        return create(template, shop.id(), shop.storeName());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public UUID createPlatformCoupon(NewCouponTemplate template) {
        return create(template, null, null);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional
    public void stopShopCoupon(UUID templateId) {
        stop(templateId, merchants.require(StaffPermission.PRODUCTS).id());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void stopPlatformCoupon(UUID templateId) {
        stop(templateId, null);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public List<CouponTerms> myShopCoupons(int offset, int limit) {
        return coupons.templatesOf(merchants.require(StaffPermission.PRODUCTS).id(), offset, Math.min(limit, 100));
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    @Transactional(readOnly = true)
    public int countMyShopCoupons() {
        return coupons.countTemplatesOf(
                merchants.require(StaffPermission.PRODUCTS).id());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<CouponTerms> platformCoupons(int offset, int limit) {
        return coupons.templatesOf(null, offset, Math.min(limit, 100));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int countPlatformCoupons() {
        return coupons.countTemplatesOf(null);
    }

    /** The top-level categories a coupon may be limited to. */
    @PreAuthorize(Roles.IS_MERCHANT + " or " + Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Category> scopeCategories() {
        return catalog.categoryTree();
    }

    private void stop(UUID templateId, UUID merchantId) {
        if (templateId == null || coupons.template(templateId).isEmpty()) {
            throw new NotFound("error.coupon.notFound");
        }
        CouponTerms terms = coupons.template(templateId).orElseThrow();
        if (merchantId == null ? !terms.platform() : !merchantId.equals(terms.merchantId())) {
            throw new NotFound("error.coupon.notFound");
        }
        if (coupons.stop(templateId, merchantId)) {
            audit.record("coupon.stopped", "coupon", templateId.toString(), null);
        }
    }

    private UUID create(NewCouponTemplate template, UUID merchantId, String storeName) {
        Instant now = clock.instant();
        String name = validate(template, merchantId, now);
        PromotionCouponTemplateRecord record = new PromotionCouponTemplateRecord();
        record.setId(Ids.newId());
        record.setMerchantId(merchantId);
        record.setStoreName(storeName);
        record.setName(name);
        record.setKind(template.kind());
        record.setThresholdFen(template.thresholdFen());
        record.setAmountOffFen(template.kind() == CouponKind.AMOUNT_OFF ? template.amountOffFen() : null);
        record.setPercentOff(template.kind() == CouponKind.PERCENT_OFF ? template.percentOff() : null);
        record.setCapFen(template.kind() == CouponKind.PERCENT_OFF ? template.capFen() : null);
        record.setScope(template.scope());
        record.setScopeCategory(template.scope() == CouponScope.CATEGORY ? template.scopeCategory() : null);
        record.setScopeProductId(template.scope() == CouponScope.PRODUCT ? template.scopeProductId() : null);
        record.setStartsAt(template.startsAt());
        record.setEndsAt(template.endsAt());
        record.setValidDays(template.validDays());
        record.setTotalLimit(template.totalLimit());
        record.setClaimedCount(0);
        record.setPerPersonLimit(template.perPersonLimit());
        record.setNewUserGift(template.newUserGift());
        record.setStopped(false);
        record.setCreatedBy(CurrentActor.requireAccountId());
        record.setCreatedAt(now);
        coupons.insertTemplate(record);
        audit.record(
                "coupon.created",
                "coupon",
                record.getId().toString(),
                null,
                (merchantId == null ? "platform" : "shop " + merchantId) + ": " + name);
        return record.getId();
    }

    /** Every rule, before anything is written; answers the cleaned name. */
    private String validate(NewCouponTemplate t, UUID merchantId, Instant now) {
        if (t == null || t.kind() == null || t.scope() == null) {
            throw new RuleViolated("error.coupon.incomplete");
        }
        String name =
                t.name() == null ? "" : t.name().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty() || name.length() > NewCouponTemplate.MAX_NAME) {
            throw new RuleViolated("error.coupon.name", NewCouponTemplate.MAX_NAME);
        }
        if (t.thresholdFen() < 0 || t.thresholdFen() > NewCouponTemplate.MAX_FEN) {
            throw new RuleViolated("error.coupon.threshold.invalid");
        }
        switch (t.kind()) {
            case AMOUNT_OFF -> {
                if (t.amountOffFen() == null || t.amountOffFen() < 1 || t.amountOffFen() > NewCouponTemplate.MAX_FEN) {
                    throw new RuleViolated("error.coupon.amountOff");
                }
                if (t.thresholdFen() > 0 && t.amountOffFen() >= t.thresholdFen()) {
                    throw new RuleViolated("error.coupon.amountOverThreshold");
                }
            }
            case PERCENT_OFF -> {
                if (t.percentOff() == null || t.percentOff() < 1 || t.percentOff() > 90) {
                    throw new RuleViolated("error.coupon.percentOff");
                }
                if (t.capFen() == null || t.capFen() < 1 || t.capFen() > NewCouponTemplate.MAX_FEN) {
                    throw new RuleViolated("error.coupon.cap");
                }
            }
            case FREE_SHIPPING -> {
                // nothing to set: the shipping of the shops it applies to is the discount
            }
        }
        switch (t.scope()) {
            case ALL -> {
                // the issuer's whole range
            }
            case CATEGORY -> {
                boolean topLevel = t.scopeCategory() != null
                        && catalog.category(t.scopeCategory())
                                .filter(c -> c.parentId() == null)
                                .isPresent();
                if (!topLevel) {
                    throw new RuleViolated("error.coupon.category");
                }
            }
            case PRODUCT -> {
                var owner = t.scopeProductId() == null ? null : catalog.merchantOf(t.scopeProductId());
                // a shop limits a coupon to its own products only; another shop's product is not found
                if (owner == null || owner.isEmpty() || (merchantId != null && !merchantId.equals(owner.get()))) {
                    throw new RuleViolated("error.coupon.product");
                }
            }
        }
        if (t.startsAt() == null
                || t.endsAt() == null
                || !t.endsAt().isAfter(t.startsAt())
                || !t.endsAt().isAfter(now)) {
            throw new RuleViolated("error.coupon.window");
        }
        if (t.validDays() != null && (t.validDays() < 1 || t.validDays() > NewCouponTemplate.MAX_VALID_DAYS)) {
            throw new RuleViolated("error.coupon.validDays", NewCouponTemplate.MAX_VALID_DAYS);
        }
        if (t.totalLimit() < 1 || t.totalLimit() > NewCouponTemplate.MAX_TOTAL) {
            throw new RuleViolated("error.coupon.totalLimit", NewCouponTemplate.MAX_TOTAL);
        }
        if (t.perPersonLimit() < 1
                || t.perPersonLimit() > NewCouponTemplate.MAX_PER_PERSON
                || t.perPersonLimit() > t.totalLimit()) {
            throw new RuleViolated("error.coupon.perPerson", NewCouponTemplate.MAX_PER_PERSON);
        }
        return name;
    }
}
