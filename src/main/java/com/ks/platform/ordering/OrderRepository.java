package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_CHECKOUT;
import static com.ks.jooq.Tables.ORDERING_ORDER;
import static com.ks.jooq.Tables.ORDERING_ORDER_EVENT;
import static com.ks.jooq.Tables.ORDERING_ORDER_LINE;

import com.ks.jooq.tables.records.OrderingCheckoutRecord;
import com.ks.jooq.tables.records.OrderingOrderEventRecord;
import com.ks.jooq.tables.records.OrderingOrderLineRecord;
import com.ks.jooq.tables.records.OrderingOrderRecord;
import com.ks.platform.shared.Ids;
import com.ks.platform.shared.StatementPipeline;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

@Repository
class OrderRepository {

    private final DSLContext db;

    OrderRepository(DSLContext db) {
        this.db = db;
    }

    Optional<OrderingCheckoutRecord> findCheckout(UUID checkoutId) {
        return db.selectFrom(ORDERING_CHECKOUT)
                .where(ORDERING_CHECKOUT.ID.eq(checkoutId))
                .fetchOptional();
    }

    /**
     * The writes of a new checkout — the checkout, its orders, their lines and first timeline rows, in that order so
     * foreign keys hold — as a pipeline the caller may add to and then runs (one round trip on PostgreSQL). A checkout
     * id already taken fails it.
     */
    StatementPipeline placement(OrderingCheckoutRecord checkout, List<NewOrder> newOrders) {
        StatementPipeline writes = new StatementPipeline(db);
        writes.add(db.insertInto(ORDERING_CHECKOUT).set(checkout));
        for (NewOrder order : newOrders) {
            writes.add(db.insertInto(ORDERING_ORDER).set(order.order()));
            order.lines()
                    .forEach(line ->
                            writes.add(db.insertInto(ORDERING_ORDER_LINE).set(line)));
            writes.add(db.insertInto(ORDERING_ORDER_EVENT).set(order.firstEvent()));
        }
        return writes;
    }

    /** An order to insert with its lines and the timeline row of its first status. */
    record NewOrder(
            OrderingOrderRecord order, List<OrderingOrderLineRecord> lines, OrderingOrderEventRecord firstEvent) {}

    void insertEvent(UUID orderId, OrderStatus from, OrderStatus to, Actor actor, String reason, Instant at) {
        db.executeInsert(event(orderId, from, to, actor, reason, at));
    }

    static OrderingOrderEventRecord event(
            UUID orderId, OrderStatus from, OrderStatus to, Actor actor, String reason, Instant at) {
        OrderingOrderEventRecord event = new OrderingOrderEventRecord();
        event.setId(Ids.newId());
        event.setOrderId(orderId);
        event.setFromStatus(from == null ? null : from.name());
        event.setToStatus(to.name());
        event.setActorId(actor.accountId());
        event.setActorKind(actor.kind());
        event.setReason(reason);
        event.setOccurredAt(at);
        return event;
    }

    /**
     * Moves an order from one status to the next only if it is still in the first: of two concurrent moves exactly one
     * wins, the other sees false. {@code timestamp} is the column recording when the new status was reached.
     */
    boolean move(
            UUID orderId,
            OrderStatus from,
            OrderStatus to,
            TableField<OrderingOrderRecord, Instant> timestamp,
            Instant at) {
        var update =
                db.update(ORDERING_ORDER).set(ORDERING_ORDER.STATUS, to.name()).set(ORDERING_ORDER.UPDATED_AT, at);
        if (timestamp != null) {
            update = update.set(timestamp, at);
        }
        return update.where(ORDERING_ORDER.ID.eq(orderId))
                        .and(ORDERING_ORDER.STATUS.eq(from.name()))
                        .execute()
                == 1;
    }

    void recordPayment(UUID orderId, PaymentMethod method, String paymentRef) {
        db.update(ORDERING_ORDER)
                .set(ORDERING_ORDER.PAYMENT_METHOD, method.name())
                .set(ORDERING_ORDER.PAYMENT_REF, paymentRef)
                .where(ORDERING_ORDER.ID.eq(orderId))
                .execute();
    }

    Optional<OrderingOrderRecord> find(UUID orderId) {
        return db.selectFrom(ORDERING_ORDER)
                .where(ORDERING_ORDER.ID.eq(orderId))
                .fetchOptional();
    }

    /** An order of this shopper; another shopper's order is simply not found. */
    Optional<OrderingOrderRecord> findOfAccount(UUID orderId, UUID accountId) {
        return db.selectFrom(ORDERING_ORDER)
                .where(ORDERING_ORDER.ID.eq(orderId))
                .and(ORDERING_ORDER.ACCOUNT_ID.eq(accountId))
                .fetchOptional();
    }

    Optional<OrderingOrderRecord> findOfMerchant(UUID orderId, UUID merchantId) {
        return db.selectFrom(ORDERING_ORDER)
                .where(ORDERING_ORDER.ID.eq(orderId))
                .and(ORDERING_ORDER.MERCHANT_ID.eq(merchantId))
                .fetchOptional();
    }

    List<OrderingOrderRecord> ofCheckout(UUID checkoutId) {
        return db.selectFrom(ORDERING_ORDER)
                .where(ORDERING_ORDER.CHECKOUT_ID.eq(checkoutId))
                .orderBy(ORDERING_ORDER.ORDER_NO)
                .fetch();
    }

    /** A page of one owner's orders, newest first; {@code owner} is the account or merchant column. */
    List<OrderingOrderRecord> page(Field<UUID> owner, UUID ownerId, Set<OrderStatus> statuses, int offset, int limit) {
        return page(owner, ownerId, statuses, null, offset, limit);
    }

    /** As above, narrowed to order numbers starting with {@code orderNoPrefix} when it is given. */
    List<OrderingOrderRecord> page(
            Field<UUID> owner, UUID ownerId, Set<OrderStatus> statuses, String orderNoPrefix, int offset, int limit) {
        return db.selectFrom(ORDERING_ORDER)
                .where(owner.eq(ownerId))
                .and(statusIn(statuses))
                .and(orderNoStarts(orderNoPrefix))
                .orderBy(ORDERING_ORDER.PLACED_AT.desc(), ORDERING_ORDER.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    /** One tab of the shopper's orders; 待评价 also needs a line not yet reviewed. */
    List<OrderingOrderRecord> pageOfTab(Field<UUID> owner, UUID ownerId, OrderTab tab, int offset, int limit) {
        return db.selectFrom(ORDERING_ORDER)
                .where(owner.eq(ownerId))
                .and(tabCondition(tab))
                .orderBy(ORDERING_ORDER.PLACED_AT.desc(), ORDERING_ORDER.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int countOfTab(Field<UUID> owner, UUID ownerId, OrderTab tab) {
        return db.fetchCount(ORDERING_ORDER, owner.eq(ownerId).and(tabCondition(tab)));
    }

    private static Condition tabCondition(OrderTab tab) {
        Condition statuses = statusIn(tab.statuses());
        if (tab != OrderTab.TO_REVIEW) {
            return statuses;
        }
        return statuses.and(org.jooq.impl.DSL.exists(org.jooq
                .impl
                .DSL
                .selectOne()
                .from(ORDERING_ORDER_LINE)
                .where(ORDERING_ORDER_LINE.ORDER_ID.eq(ORDERING_ORDER.ID))
                .and(ORDERING_ORDER_LINE.REVIEWED_AT.isNull())));
    }

    /** Marks a line reviewed (once); false when it is not a line of that order. */
    boolean markLineReviewed(UUID orderId, UUID lineId, java.time.Instant at) {
        return db.update(ORDERING_ORDER_LINE)
                        .set(ORDERING_ORDER_LINE.REVIEWED_AT, at)
                        .where(ORDERING_ORDER_LINE.ID.eq(lineId))
                        .and(ORDERING_ORDER_LINE.ORDER_ID.eq(orderId))
                        .and(ORDERING_ORDER_LINE.REVIEWED_AT.isNull())
                        .execute()
                == 1;
    }

    int count(Field<UUID> owner, UUID ownerId, Set<OrderStatus> statuses) {
        return count(owner, ownerId, statuses, null);
    }

    int count(Field<UUID> owner, UUID ownerId, Set<OrderStatus> statuses, String orderNoPrefix) {
        return db.fetchCount(
                ORDERING_ORDER, owner.eq(ownerId).and(statusIn(statuses)).and(orderNoStarts(orderNoPrefix)));
    }

    private static Condition orderNoStarts(String prefix) {
        return prefix == null || prefix.isBlank()
                ? org.jooq.impl.DSL.noCondition()
                : ORDERING_ORDER.ORDER_NO.startsWith(prefix.strip().toUpperCase(java.util.Locale.ROOT));
    }

    Map<UUID, String> orderNumbers(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return db.select(ORDERING_ORDER.ID, ORDERING_ORDER.ORDER_NO)
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.ID.in(orderIds))
                .fetchMap(ORDERING_ORDER.ID, ORDERING_ORDER.ORDER_NO);
    }

    List<OrderingOrderLineRecord> lines(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(ORDERING_ORDER_LINE)
                .where(ORDERING_ORDER_LINE.ORDER_ID.in(orderIds))
                .orderBy(ORDERING_ORDER_LINE.ORDER_ID, ORDERING_ORDER_LINE.ID)
                .fetch();
    }

    List<OrderingOrderEventRecord> events(UUID orderId) {
        return db.selectFrom(ORDERING_ORDER_EVENT)
                .where(ORDERING_ORDER_EVENT.ORDER_ID.eq(orderId))
                .orderBy(ORDERING_ORDER_EVENT.OCCURRED_AT, ORDERING_ORDER_EVENT.ID)
                .fetch();
    }

    /** Ids of orders in a status whose deadline column lies before {@code cutoff}, oldest first. */
    List<UUID> dueIn(OrderStatus status, Field<Instant> deadline, Instant cutoff, int limit) {
        return db.select(ORDERING_ORDER.ID)
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.STATUS.eq(status.name()))
                .and(deadline.lt(cutoff))
                .orderBy(deadline)
                .limit(limit)
                .fetch(ORDERING_ORDER.ID);
    }

    /** Whether this shopper has paid for an order before (a returning shopper, for one-click buy). */
    boolean hasPaidOrder(UUID accountId) {
        return db.fetchExists(
                ORDERING_ORDER, ORDERING_ORDER.ACCOUNT_ID.eq(accountId).and(ORDERING_ORDER.PAID_AT.isNotNull()));
    }

    Map<UUID, Integer> reservedQuantities(UUID orderId) {
        return db.select(ORDERING_ORDER_LINE.SKU_ID, org.jooq.impl.DSL.sum(ORDERING_ORDER_LINE.QUANTITY))
                .from(ORDERING_ORDER_LINE)
                .where(ORDERING_ORDER_LINE.ORDER_ID.eq(orderId))
                .groupBy(ORDERING_ORDER_LINE.SKU_ID)
                .fetchMap(r -> r.value1(), r -> r.value2().intValue());
    }

    private static Condition statusIn(Set<OrderStatus> statuses) {
        if (statuses.size() == OrderStatus.values().length) {
            return org.jooq.impl.DSL.noCondition();
        }
        return ORDERING_ORDER.STATUS.in(statuses.stream().map(Enum::name).toList());
    }

    /** Who moved an order: an account (shopper, merchant staff, agent) or the system (timeouts, carriers). */
    record Actor(UUID accountId, String kind) {

        static final Actor SYSTEM = new Actor(null, "SYSTEM");
    }

    /** Orders the account paid: kept (not cancelled) count and amount, and how many were cancelled after payment. */
    PurchaseHistory.Summary purchaseHistory(UUID accountId) {
        // orders paid on credit are not history of the shopper's own money: counting them would let the line raise its
        // own limit while it is being spent (two credit purchases make a young account "established")
        var kept = ORDERING_ORDER
                .STATUS
                .ne(OrderStatus.CANCELLED.name())
                .and(ORDERING_ORDER.PAYMENT_METHOD.isDistinctFrom(PaymentMethod.CREDIT.name()));
        var row = db.select(
                        org.jooq.impl.DSL.count().filterWhere(kept),
                        org.jooq.impl.DSL.sum(ORDERING_ORDER.TOTAL_FEN).filterWhere(kept),
                        org.jooq.impl.DSL.count().filterWhere(ORDERING_ORDER.STATUS.eq(OrderStatus.CANCELLED.name())))
                .from(ORDERING_ORDER)
                .where(ORDERING_ORDER.ACCOUNT_ID.eq(accountId))
                .and(ORDERING_ORDER.PAID_AT.isNotNull())
                .fetchOne();
        return new PurchaseHistory.Summary(
                row.value1(), row.value2() == null ? 0L : row.value2().longValue(), row.value3());
    }
}
