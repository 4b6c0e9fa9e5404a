package com.ks.platform.cart;

import static com.ks.jooq.Tables.CART_LINE;

import com.ks.jooq.tables.records.CartLineRecord;
import com.ks.platform.catalog.SkuOffer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Cart lines; every method takes the owner, so one shopper's line id never reaches another's cart. */
@Repository
class CartLineRepository {

    private final DSLContext db;

    CartLineRepository(DSLContext db) {
        this.db = db;
    }

    static Condition ownedBy(CartOwner owner) {
        return owner.accountId() != null
                ? CART_LINE.ACCOUNT_ID.eq(owner.accountId())
                : CART_LINE.VISITOR_CART_ID.eq(owner.visitorCartId());
    }

    List<CartLineRecord> lines(CartOwner owner) {
        return db.selectFrom(CART_LINE)
                .where(ownedBy(owner))
                .orderBy(CART_LINE.ADDED_AT.desc(), CART_LINE.ID.desc())
                .fetch();
    }

    Optional<CartLineRecord> find(CartOwner owner, UUID lineId) {
        return db.selectFrom(CART_LINE)
                .where(ownedBy(owner))
                .and(CART_LINE.ID.eq(lineId))
                .fetchOptional();
    }

    Optional<CartLineRecord> findBySku(CartOwner owner, UUID skuId) {
        return db.selectFrom(CART_LINE)
                .where(ownedBy(owner))
                .and(CART_LINE.SKU_ID.eq(skuId))
                .fetchOptional();
    }

    int count(CartOwner owner) {
        return db.fetchCount(CART_LINE, ownedBy(owner));
    }

    /**
     * Adds to the existing line of this SKU in one conditional update, so concurrent adds can never pass the limit.
     * The price seen is refreshed: the shopper has just looked at the current price.
     */
    boolean increase(CartOwner owner, SkuOffer offer, int quantity, int max, Instant now) {
        return db.update(CART_LINE)
                        .set(CART_LINE.QUANTITY, CART_LINE.QUANTITY.plus(quantity))
                        .set(CART_LINE.PRICE_SEEN_FEN, offer.priceFen())
                        .set(CART_LINE.SELECTED, true)
                        .set(CART_LINE.UPDATED_AT, now)
                        .where(ownedBy(owner))
                        .and(CART_LINE.SKU_ID.eq(offer.skuId()))
                        .and(CART_LINE.QUANTITY.plus(quantity).le(max))
                        .execute()
                == 1;
    }

    /** In a savepoint: a duplicate key (a concurrent add of the same SKU) leaves the caller's transaction usable. */
    @Transactional(propagation = Propagation.NESTED)
    void insert(UUID id, CartOwner owner, SkuOffer offer, int quantity, Instant now) {
        db.insertInto(CART_LINE)
                .set(CART_LINE.ID, id)
                .set(CART_LINE.ACCOUNT_ID, owner.accountId())
                .set(CART_LINE.VISITOR_CART_ID, owner.visitorCartId())
                .set(CART_LINE.SKU_ID, offer.skuId())
                .set(CART_LINE.PRODUCT_ID, offer.productId())
                .set(CART_LINE.MERCHANT_ID, offer.merchantId())
                .set(CART_LINE.QUANTITY, quantity)
                .set(CART_LINE.PRICE_SEEN_FEN, offer.priceFen())
                .set(CART_LINE.SELECTED, true)
                .set(CART_LINE.ADDED_AT, now)
                .set(CART_LINE.UPDATED_AT, now)
                .execute();
    }

    boolean setQuantity(CartOwner owner, UUID lineId, int quantity, Instant now) {
        return db.update(CART_LINE)
                        .set(CART_LINE.QUANTITY, quantity)
                        .set(CART_LINE.UPDATED_AT, now)
                        .where(ownedBy(owner))
                        .and(CART_LINE.ID.eq(lineId))
                        .execute()
                == 1;
    }

    Query deleteSkus(CartOwner owner, Collection<UUID> skuIds) {
        return db.deleteFrom(CART_LINE).where(ownedBy(owner)).and(CART_LINE.SKU_ID.in(skuIds));
    }

    boolean delete(CartOwner owner, UUID lineId) {
        return db.deleteFrom(CART_LINE)
                        .where(ownedBy(owner))
                        .and(CART_LINE.ID.eq(lineId))
                        .execute()
                == 1;
    }

    int setSelected(CartOwner owner, Collection<UUID> lineIds, boolean selected, Instant now) {
        if (lineIds.isEmpty()) {
            return 0;
        }
        return db.update(CART_LINE)
                .set(CART_LINE.SELECTED, selected)
                .set(CART_LINE.UPDATED_AT, now)
                .where(ownedBy(owner))
                .and(CART_LINE.ID.in(lineIds))
                .execute();
    }

    /** Moves a visitor's line to an account that has no line of this SKU yet. */
    void moveToAccount(UUID lineId, UUID accountId, Instant now) {
        db.update(CART_LINE)
                .set(CART_LINE.ACCOUNT_ID, accountId)
                .set(CART_LINE.VISITOR_CART_ID, (UUID) null)
                .set(CART_LINE.UPDATED_AT, now)
                .where(CART_LINE.ID.eq(lineId))
                .execute();
    }

    void mergeInto(UUID accountLineId, int quantity, long priceSeenFen, Instant now) {
        db.update(CART_LINE)
                .set(CART_LINE.QUANTITY, quantity)
                .set(CART_LINE.PRICE_SEEN_FEN, priceSeenFen)
                .set(CART_LINE.SELECTED, true)
                .set(CART_LINE.UPDATED_AT, now)
                .where(CART_LINE.ID.eq(accountLineId))
                .execute();
    }

    int deleteVisitorCart(UUID visitorCartId) {
        return db.deleteFrom(CART_LINE)
                .where(CART_LINE.VISITOR_CART_ID.eq(visitorCartId))
                .execute();
    }

    /** Visitors' lines nobody touched since the cut-off: their sessions are long gone (e.g. a node crashed). */
    int deleteVisitorLinesBefore(Instant cutOff) {
        return db.deleteFrom(CART_LINE)
                .where(CART_LINE.VISITOR_CART_ID.isNotNull())
                .and(CART_LINE.UPDATED_AT.lt(cutOff))
                .execute();
    }
}
