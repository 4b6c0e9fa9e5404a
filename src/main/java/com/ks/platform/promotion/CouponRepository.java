package com.ks.platform.promotion;

import static com.ks.jooq.Tables.PROMOTION_COUPON;
import static com.ks.jooq.Tables.PROMOTION_COUPON_TEMPLATE;
import static com.ks.jooq.Tables.PROMOTION_COUPON_USE;

import com.ks.jooq.tables.records.PromotionCouponRecord;
import com.ks.jooq.tables.records.PromotionCouponTemplateRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CouponRepository {

    private final DSLContext db;

    CouponRepository(DSLContext db) {
        this.db = db;
    }

    void insertTemplate(PromotionCouponTemplateRecord template) {
        db.executeInsert(template);
    }

    Optional<CouponTerms> template(UUID templateId) {
        return db.selectFrom(PROMOTION_COUPON_TEMPLATE)
                .where(PROMOTION_COUPON_TEMPLATE.ID.eq(templateId))
                .fetchOptional(CouponRepository::terms);
    }

    /** A shop's templates (merchantId) or the platform's (null), newest first. */
    List<CouponTerms> templatesOf(UUID merchantId, int offset, int limit) {
        return db.selectFrom(PROMOTION_COUPON_TEMPLATE)
                .where(issuer(merchantId))
                .orderBy(PROMOTION_COUPON_TEMPLATE.CREATED_AT.desc(), PROMOTION_COUPON_TEMPLATE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(CouponRepository::terms);
    }

    int countTemplatesOf(UUID merchantId) {
        return db.fetchCount(PROMOTION_COUPON_TEMPLATE, issuer(merchantId));
    }

    boolean stop(UUID templateId, UUID merchantId) {
        return db.update(PROMOTION_COUPON_TEMPLATE)
                        .set(PROMOTION_COUPON_TEMPLATE.STOPPED, true)
                        .where(PROMOTION_COUPON_TEMPLATE.ID.eq(templateId))
                        .and(issuer(merchantId))
                        .and(PROMOTION_COUPON_TEMPLATE.STOPPED.isFalse())
                        .execute()
                == 1;
    }

    /**
     * Templates a shopper may claim now (not the new-user gifts, which are granted), newest first after the platform's
     * ({@code platformFirst}) or the shop's.
     */
    List<CouponTerms> claimable(Instant now, Condition where, boolean platformFirst, int offset, int limit) {
        var platform = PROMOTION_COUPON_TEMPLATE.MERCHANT_ID.isNull();
        return db.selectFrom(PROMOTION_COUPON_TEMPLATE)
                .where(claimableAt(now))
                .and(PROMOTION_COUPON_TEMPLATE.NEW_USER_GIFT.isFalse())
                .and(where)
                .orderBy(
                        DSL.when(platform, platformFirst ? 0 : 1).otherwise(platformFirst ? 1 : 0),
                        PROMOTION_COUPON_TEMPLATE.CREATED_AT.desc(),
                        PROMOTION_COUPON_TEMPLATE.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(CouponRepository::terms);
    }

    int countClaimable(Instant now, Condition where) {
        return db.fetchCount(
                PROMOTION_COUPON_TEMPLATE,
                claimableAt(now)
                        .and(PROMOTION_COUPON_TEMPLATE.NEW_USER_GIFT.isFalse())
                        .and(where));
    }

    /** The platform's and this shop's templates that apply to a product of the given top-level category. */
    static Condition forProduct(UUID productId, UUID merchantId, String rootCategory) {
        var t = PROMOTION_COUPON_TEMPLATE;
        return t.MERCHANT_ID
                .isNull()
                .or(t.MERCHANT_ID.eq(merchantId))
                .and(t.SCOPE
                        .eq(CouponScope.ALL)
                        .or(t.SCOPE.eq(CouponScope.CATEGORY).and(t.SCOPE_CATEGORY.eq(rootCategory)))
                        .or(t.SCOPE.eq(CouponScope.PRODUCT).and(t.SCOPE_PRODUCT_ID.eq(productId))));
    }

    List<UUID> newUserGifts(Instant now) {
        return db.select(PROMOTION_COUPON_TEMPLATE.ID)
                .from(PROMOTION_COUPON_TEMPLATE)
                .where(claimableAt(now))
                .and(PROMOTION_COUPON_TEMPLATE.NEW_USER_GIFT.isTrue())
                .fetch(PROMOTION_COUPON_TEMPLATE.ID);
    }

    private static Condition claimableAt(Instant now) {
        var t = PROMOTION_COUPON_TEMPLATE;
        return t.STOPPED.isFalse().and(t.STARTS_AT.le(now)).and(t.ENDS_AT.gt(now));
    }

    /** One more claimed, unless none are left or it stopped: of concurrent claims of the last one exactly one wins. */
    boolean takeOne(UUID templateId, Instant now) {
        return db.update(PROMOTION_COUPON_TEMPLATE)
                        .set(PROMOTION_COUPON_TEMPLATE.CLAIMED_COUNT, PROMOTION_COUPON_TEMPLATE.CLAIMED_COUNT.plus(1))
                        .where(PROMOTION_COUPON_TEMPLATE.ID.eq(templateId))
                        .and(PROMOTION_COUPON_TEMPLATE.CLAIMED_COUNT.lt(PROMOTION_COUPON_TEMPLATE.TOTAL_LIMIT))
                        .and(claimableAt(now))
                        .execute()
                == 1;
    }

    int claimsOf(UUID templateId, UUID accountId) {
        return db.fetchCount(
                PROMOTION_COUPON,
                PROMOTION_COUPON.TEMPLATE_ID.eq(templateId).and(PROMOTION_COUPON.ACCOUNT_ID.eq(accountId)));
    }

    void insertCoupon(PromotionCouponRecord coupon) {
        db.executeInsert(coupon);
    }

    /** The shopper's coupons in a tab, soonest to expire first (usable) or newest first (used, expired). */
    List<MyCoupon> mine(UUID accountId, CouponTab tab, Instant now, int offset, int limit) {
        var c = PROMOTION_COUPON;
        return db.select()
                .from(c)
                .join(PROMOTION_COUPON_TEMPLATE)
                .on(PROMOTION_COUPON_TEMPLATE.ID.eq(c.TEMPLATE_ID))
                .where(c.ACCOUNT_ID.eq(accountId))
                .and(inTab(tab, now))
                .orderBy(tab == CouponTab.USABLE ? c.VALID_UNTIL.asc() : c.VALID_UNTIL.desc(), c.ID)
                .offset(offset)
                .limit(limit)
                .fetch(CouponRepository::myCoupon);
    }

    int countMine(UUID accountId, CouponTab tab, Instant now) {
        return db.fetchCount(db.selectOne()
                .from(PROMOTION_COUPON)
                .where(PROMOTION_COUPON.ACCOUNT_ID.eq(accountId))
                .and(inTab(tab, now)));
    }

    private static Condition inTab(CouponTab tab, Instant now) {
        var c = PROMOTION_COUPON;
        return switch (tab) {
            case USABLE -> c.STATUS.eq(CouponStatus.UNUSED).and(c.VALID_UNTIL.gt(now));
            case USED -> c.STATUS.eq(CouponStatus.USED);
            case EXPIRED -> c.STATUS.eq(CouponStatus.UNUSED).and(c.VALID_UNTIL.le(now));
        };
    }

    /** The shopper's coupons by id; another shopper's ids are simply not found. */
    List<MyCoupon> mineByIds(UUID accountId, Collection<UUID> couponIds) {
        if (couponIds.isEmpty()) {
            return List.of();
        }
        return db.select()
                .from(PROMOTION_COUPON)
                .join(PROMOTION_COUPON_TEMPLATE)
                .on(PROMOTION_COUPON_TEMPLATE.ID.eq(PROMOTION_COUPON.TEMPLATE_ID))
                .where(PROMOTION_COUPON.ACCOUNT_ID.eq(accountId))
                .and(PROMOTION_COUPON.ID.in(couponIds))
                .fetch(CouponRepository::myCoupon);
    }

    /** Ids of templates the shopper already holds as many of as they may. */
    List<UUID> heldUpToLimit(UUID accountId, Collection<UUID> templateIds) {
        if (templateIds.isEmpty()) {
            return List.of();
        }
        return db.select(PROMOTION_COUPON.TEMPLATE_ID)
                .from(PROMOTION_COUPON)
                .join(PROMOTION_COUPON_TEMPLATE)
                .on(PROMOTION_COUPON_TEMPLATE.ID.eq(PROMOTION_COUPON.TEMPLATE_ID))
                .where(PROMOTION_COUPON.ACCOUNT_ID.eq(accountId))
                .and(PROMOTION_COUPON.TEMPLATE_ID.in(templateIds))
                .groupBy(PROMOTION_COUPON.TEMPLATE_ID, PROMOTION_COUPON_TEMPLATE.PER_PERSON_LIMIT)
                .having(DSL.count().ge(PROMOTION_COUPON_TEMPLATE.PER_PERSON_LIMIT))
                .fetch(PROMOTION_COUPON.TEMPLATE_ID);
    }

    /**
     * Takes the coupon for a checkout if it is still the shopper's, unused and valid: one conditional update, so of two
     * checkouts with the same coupon exactly one changes the row (the other waits for the row lock, then finds it used).
     */
    boolean use(UUID couponId, UUID accountId, UUID checkoutId, Instant now) {
        var c = PROMOTION_COUPON;
        return db.update(c)
                        .set(c.STATUS, CouponStatus.USED)
                        .set(c.CHECKOUT_ID, checkoutId)
                        .set(c.USED_AT, now)
                        .where(c.ID.eq(couponId))
                        .and(c.ACCOUNT_ID.eq(accountId))
                        .and(c.STATUS.eq(CouponStatus.UNUSED))
                        .and(c.VALID_FROM.le(now))
                        .and(c.VALID_UNTIL.gt(now))
                        .execute()
                == 1;
    }

    void insertUse(UUID couponId, UUID orderId, long discountFen) {
        db.insertInto(PROMOTION_COUPON_USE)
                .set(PROMOTION_COUPON_USE.COUPON_ID, couponId)
                .set(PROMOTION_COUPON_USE.ORDER_ID, orderId)
                .set(PROMOTION_COUPON_USE.DISCOUNT_FEN, discountFen)
                .set(PROMOTION_COUPON_USE.CANCELLED, false)
                .execute();
    }

    /** Marks the order's uses cancelled; answers the coupons it served. */
    List<UUID> cancelUsesOf(UUID orderId) {
        db.update(PROMOTION_COUPON_USE)
                .set(PROMOTION_COUPON_USE.CANCELLED, true)
                .where(PROMOTION_COUPON_USE.ORDER_ID.eq(orderId))
                .execute();
        return db.select(PROMOTION_COUPON_USE.COUPON_ID)
                .from(PROMOTION_COUPON_USE)
                .where(PROMOTION_COUPON_USE.ORDER_ID.eq(orderId))
                .fetch(PROMOTION_COUPON_USE.COUPON_ID);
    }

    boolean allUsesCancelled(UUID couponId) {
        return !db.fetchExists(
                PROMOTION_COUPON_USE,
                PROMOTION_COUPON_USE.COUPON_ID.eq(couponId).and(PROMOTION_COUPON_USE.CANCELLED.isFalse()));
    }

    /** Gives a used coupon back if it is still valid; its uses are forgotten so it can serve a new checkout. */
    boolean giveBack(UUID couponId, Instant now) {
        var c = PROMOTION_COUPON;
        boolean back = db.update(c)
                        .set(c.STATUS, CouponStatus.UNUSED)
                        .setNull(c.CHECKOUT_ID)
                        .setNull(c.USED_AT)
                        .where(c.ID.eq(couponId))
                        .and(c.STATUS.eq(CouponStatus.USED))
                        .and(c.VALID_UNTIL.gt(now))
                        .execute()
                == 1;
        if (back) {
            db.deleteFrom(PROMOTION_COUPON_USE)
                    .where(PROMOTION_COUPON_USE.COUPON_ID.eq(couponId))
                    .execute();
        }
        return back;
    }

    private static Condition issuer(UUID merchantId) {
        return merchantId == null
                ? PROMOTION_COUPON_TEMPLATE.MERCHANT_ID.isNull()
                : PROMOTION_COUPON_TEMPLATE.MERCHANT_ID.eq(merchantId);
    }

    private static MyCoupon myCoupon(Record r) {
        PromotionCouponRecord coupon = r.into(PROMOTION_COUPON);
        return new MyCoupon(
                coupon.getId(),
                terms(r.into(PROMOTION_COUPON_TEMPLATE)),
                coupon.getClaimedAt(),
                coupon.getValidFrom(),
                coupon.getValidUntil(),
                coupon.getStatus());
    }

    private static CouponTerms terms(PromotionCouponTemplateRecord t) {
        return new CouponTerms(
                t.getId(),
                t.getMerchantId(),
                t.getStoreName(),
                t.getName(),
                t.getKind(),
                t.getThresholdFen(),
                t.getAmountOffFen(),
                t.getPercentOff(),
                t.getCapFen(),
                t.getScope(),
                t.getScopeCategory(),
                t.getScopeProductId(),
                t.getStartsAt(),
                t.getEndsAt(),
                t.getValidDays(),
                t.getTotalLimit(),
                t.getClaimedCount(),
                t.getPerPersonLimit(),
                t.getNewUserGift(),
                t.getStopped());
    }
}
