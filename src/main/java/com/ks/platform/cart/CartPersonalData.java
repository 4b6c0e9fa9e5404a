package com.ks.platform.cart;

import static com.ks.jooq.Tables.CART_LINE;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The cart in a person's copy; deleted on erasure (nothing about it must be kept). */
@Component
class CartPersonalData implements PersonalData {

    private final DSLContext db;

    CartPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(new Category(
                "cart",
                db.select(CART_LINE.PRODUCT_ID, CART_LINE.SKU_ID, CART_LINE.QUANTITY, CART_LINE.ADDED_AT)
                        .from(CART_LINE)
                        .where(CART_LINE.ACCOUNT_ID.eq(accountId))
                        .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.deleteFrom(CART_LINE).where(CART_LINE.ACCOUNT_ID.eq(accountId)).execute();
    }
}
