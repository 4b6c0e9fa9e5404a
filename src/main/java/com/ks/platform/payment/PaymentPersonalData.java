package com.ks.platform.payment;

import static com.ks.jooq.Tables.PAYMENT_PAYMENT;
import static com.ks.jooq.Tables.PAYMENT_SANDBOX_CHARGE;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Payments in a person's copy. Payments and ledger entries stay on erasure (E-Commerce Law art. 31, accounting
 * records); the only personal detail they hold, a sandbox payer's e-mail, is removed.
 */
@Component
class PaymentPersonalData implements PersonalData {

    private final DSLContext db;

    PaymentPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(new Category(
                "payments",
                db.select(
                                PAYMENT_PAYMENT.METHOD,
                                PAYMENT_PAYMENT.AMOUNT_FEN,
                                PAYMENT_PAYMENT.REFUNDED_FEN,
                                PAYMENT_PAYMENT.STATUS,
                                PAYMENT_PAYMENT.CREATED_AT,
                                PAYMENT_PAYMENT.SUCCEEDED_AT)
                        .from(PAYMENT_PAYMENT)
                        .where(PAYMENT_PAYMENT.ACCOUNT_ID.eq(accountId))
                        .orderBy(PAYMENT_PAYMENT.CREATED_AT)
                        .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.update(PAYMENT_SANDBOX_CHARGE)
                .setNull(PAYMENT_SANDBOX_CHARGE.PAYER_EMAIL)
                .where(PAYMENT_SANDBOX_CHARGE.CHECKOUT_ID.in(db.select(PAYMENT_PAYMENT.CHECKOUT_ID)
                        .from(PAYMENT_PAYMENT)
                        .where(PAYMENT_PAYMENT.ACCOUNT_ID.eq(accountId))))
                .execute();
    }
}
