package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.ORDERING_ORDER_LINE;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SalesRepository {

    private final DSLContext db;

    SalesRepository(DSLContext db) {
        this.db = db;
    }

    /** Paid, not cancelled orders of the merchant since a time: (paid at, total). */
    List<PaidOrder> paidSince(UUID merchantId, Instant since) {
        return db.select(ORDERING_ORDER.PAID_AT, ORDERING_ORDER.TOTAL_FEN)
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .and(ORDERING_ORDER.PAID_AT.ge(since))
                .and(ORDERING_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))
                .fetch(r -> new PaidOrder(r.value1(), r.value2()));
    }

    Map<OrderStatus, Integer> countByStatus(UUID merchantId) {
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        db.select(ORDERING_ORDER.STATUS, DSL.count())
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .groupBy(ORDERING_ORDER.STATUS)
                .fetch()
                .forEach(r -> counts.put(OrderStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    List<SalesDashboard.TopProduct> topProducts(UUID merchantId, Instant since, int limit) {
        var quantity = DSL.sum(ORDERING_ORDER_LINE.QUANTITY);
        var amount = DSL.sum(ORDERING_ORDER_LINE.UNIT_PRICE_FEN.times(ORDERING_ORDER_LINE.QUANTITY));
        return db.select(DSL.max(ORDERING_ORDER_LINE.TITLE), quantity, amount)
                .from(ORDERING_ORDER_LINE)
                .join(ORDERING_ORDER)
                .on(ORDERING_ORDER.ID.eq(ORDERING_ORDER_LINE.ORDER_ID))
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .and(ORDERING_ORDER.PAID_AT.ge(since))
                .and(ORDERING_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))
                .groupBy(ORDERING_ORDER_LINE.PRODUCT_ID)
                .orderBy(quantity.desc())
                .limit(limit)
                .fetch(r -> new SalesDashboard.TopProduct(
                        r.value1(), r.value2().intValue(), r.value3().longValue()));
    }

    /** Orders placed since a time, and how many of them were cancelled. */
    int[] placedAndCancelledSince(UUID merchantId, Instant since) {
        var record = db.select(
                        DSL.count(), DSL.count().filterWhere(ORDERING_ORDER.STATUS.eq(OrderStatus.CANCELLED.name())))
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .and(ORDERING_ORDER.PLACED_AT.ge(since))
                .fetchOne();
        return new int[] {record.value1(), record.value2()};
    }

    /** When the merchant's orders placed in the period were placed, for those that were paid (cancelled ones too). */
    List<Instant> paidPlacements(UUID merchantId, Instant from, Instant until) {
        return db.select(ORDERING_ORDER.PLACED_AT)
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .and(ORDERING_ORDER.PLACED_AT.ge(from))
                .and(ORDERING_ORDER.PLACED_AT.lt(until))
                .and(ORDERING_ORDER.PAID_AT.isNotNull())
                .fetch(ORDERING_ORDER.PLACED_AT);
    }

    record PaidOrder(Instant paidAt, long totalFen) {}
}
