package com.ks.platform.ordering;

import static com.ks.jooq.Tables.ORDERING_ORDER;

import com.ks.platform.shared.AccountClosureCheck;
import com.ks.platform.shared.PersonalData;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Orders in a person's copy; on erasure the orders stay (E-Commerce Law art. 31: kept 3 years) but lose the person:
 * recipient, mobile, address and the note to the shop are overwritten. Open orders keep an account from closing.
 */
@Component
class OrderingPersonalData implements PersonalData, AccountClosureCheck {

    private static final EnumSet<OrderStatus> OPEN =
            EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED);

    private final DSLContext db;

    OrderingPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(new Category(
                "orders",
                db.select(
                                ORDERING_ORDER.ORDER_NO,
                                ORDERING_ORDER.STORE_NAME,
                                ORDERING_ORDER.STATUS,
                                ORDERING_ORDER.TOTAL_FEN,
                                ORDERING_ORDER.PLACED_AT,
                                ORDERING_ORDER.RECIPIENT,
                                ORDERING_ORDER.MOBILE,
                                ORDERING_ORDER.REGION_TEXT,
                                ORDERING_ORDER.ADDRESS_DETAIL,
                                ORDERING_ORDER.BUYER_REMARK)
                        .from(ORDERING_ORDER)
                        .where(ORDERING_ORDER.ACCOUNT_ID.eq(accountId))
                        .orderBy(ORDERING_ORDER.PLACED_AT)
                        .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.update(ORDERING_ORDER)
                .set(ORDERING_ORDER.RECIPIENT, ERASED_NAME)
                .set(ORDERING_ORDER.MOBILE, "")
                .set(ORDERING_ORDER.DISTRICT_CODE, "000000")
                .set(ORDERING_ORDER.REGION_TEXT, "")
                .set(ORDERING_ORDER.ADDRESS_DETAIL, "")
                .set(ORDERING_ORDER.BUYER_REMARK, DSL.inline((String) null))
                .where(ORDERING_ORDER.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    @Override
    public Optional<String> refusal(UUID accountId) {
        boolean open = db.fetchExists(
                ORDERING_ORDER,
                ORDERING_ORDER
                        .ACCOUNT_ID
                        .eq(accountId)
                        .and(ORDERING_ORDER.STATUS.in(
                                OPEN.stream().map(Enum::name).toList())));
        return open ? Optional.of("pipl.closure.openOrders") : Optional.empty();
    }
}
