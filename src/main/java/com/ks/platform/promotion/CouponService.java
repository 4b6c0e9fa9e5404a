package com.ks.platform.promotion;

import com.ks.jooq.tables.records.PromotionCouponRecord;
import com.ks.platform.catalog.CatalogQueries;
import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.NotFound;
import com.ks.platform.shared.RuleViolated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shopper's side of coupons: what can be claimed (coupon centre, product page), claiming within the total and
 * per-person limits, and 我的优惠券. Limits hold under concurrency: the total by one conditional update of the template,
 * the per-person limit by the unique claim number.
 */
@Service
public class CouponService {

    public static final int MAX_PAGE = 100;

    private final CouponRepository coupons;
    private final CatalogQueries catalog;
    private final Clock clock;

    CouponService(CouponRepository coupons, CatalogQueries catalog, Clock clock) {
        this.coupons = coupons;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** 领券中心: every coupon that can be claimed now, platform coupons first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CouponTerms> centre(int offset, int limit) {
        return coupons.claimable(clock.instant(), DSL.noCondition(), true, Math.max(0, offset), page(limit));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int countCentre() {
        return coupons.countClaimable(clock.instant(), DSL.noCondition());
    }

    /** The claimable coupons that apply to a product: its shop's (first) and the platform's, by scope. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CouponTerms> forProduct(UUID productId, int limit) {
        if (productId == null) {
            return List.of();
        }
        return catalog.merchantOf(productId)
                .map(merchantId -> coupons.claimable(
                        clock.instant(),
                        CouponRepository.forProduct(
                                productId,
                                merchantId,
                                catalog.rootCategoryCodes(List.of(productId)).get(productId)),
                        false,
                        0,
                        page(limit)))
                .orElse(List.of());
    }

    /** Of these templates, those the signed-in shopper already holds as many of as allowed (shown as 已领取). */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public Set<UUID> claimedUpToLimit(Collection<UUID> templateIds) {
        return Set.copyOf(coupons.heldUpToLimit(CurrentActor.requireAccountId(), templateIds));
    }

    /**
     * Claims one coupon of the template for the signed-in shopper. Refused when it cannot be claimed now (not started,
     * ended, stopped), all are claimed, or the shopper holds the per-person limit; nothing is written then.
     */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional
    public UUID claim(UUID templateId) {
        CouponTerms terms = templateId == null
                ? null
                : coupons.template(templateId).filter(t -> !t.newUserGift()).orElse(null);
        if (terms == null) {
            throw new NotFound("error.coupon.notFound");
        }
        return take(terms, CurrentActor.requireAccountId(), clock.instant());
    }

    /** A new shopper's gift pack: one of each new-user gift coupon that can still be given. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void giveNewUserGifts(UUID accountId) {
        Instant now = clock.instant();
        for (UUID templateId : coupons.newUserGifts(now)) {
            CouponTerms terms = coupons.template(templateId).orElseThrow();
            if (coupons.claimsOf(templateId, accountId) == 0 && coupons.takeOne(templateId, now)) {
                insert(terms, accountId, 1, now);
            }
        }
    }

    private UUID take(CouponTerms terms, UUID accountId, Instant now) {
        if (terms.stopped() || now.isBefore(terms.startsAt()) || !now.isBefore(terms.endsAt())) {
            throw new RuleViolated("error.coupon.notClaimable", terms.name());
        }
        int held = coupons.claimsOf(terms.id(), accountId);
        if (held >= terms.perPersonLimit()) {
            throw new RuleViolated("error.coupon.perPersonLimit", terms.name(), terms.perPersonLimit());
        }
        if (!coupons.takeOne(terms.id(), now)) {
            throw new RuleViolated("error.coupon.allClaimed", terms.name());
        }
        try {
            return insert(terms, accountId, held + 1, now);
        } catch (DuplicateKeyException concurrentClaim) {
            // the same shopper claimed the same coupon at the same moment in another tab: that claim counts
            throw new RuleViolated("error.coupon.perPersonLimit", terms.name(), terms.perPersonLimit());
        }
    }

    private UUID insert(CouponTerms terms, UUID accountId, int claimNo, Instant now) {
        PromotionCouponRecord coupon = new PromotionCouponRecord();
        coupon.setId(Ids.newId());
        coupon.setTemplateId(terms.id());
        coupon.setAccountId(accountId);
        coupon.setClaimNo(claimNo);
        coupon.setClaimedAt(now);
        coupon.setValidFrom(now);
        coupon.setValidUntil(terms.validDays() == null ? terms.endsAt() : now.plus(Duration.ofDays(terms.validDays())));
        coupon.setStatus(CouponStatus.UNUSED);
        coupons.insertCoupon(coupon);
        return coupon.getId();
    }

    /** 我的优惠券, one tab at a time. */
    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public List<MyCoupon> mine(CouponTab tab, int offset, int limit) {
        return coupons.mine(
                CurrentActor.requireAccountId(), tabOrUsable(tab), clock.instant(), Math.max(0, offset), page(limit));
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    @Transactional(readOnly = true)
    public int countMine(CouponTab tab) {
        return coupons.countMine(CurrentActor.requireAccountId(), tabOrUsable(tab), clock.instant());
    }

    private static CouponTab tabOrUsable(CouponTab tab) {
        return tab == null ? CouponTab.USABLE : tab;
    }

    private static int page(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
