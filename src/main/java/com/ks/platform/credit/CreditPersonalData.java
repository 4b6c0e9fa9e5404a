package com.ks.platform.credit;

import static com.ks.jooq.Tables.CREDIT_BILL;
import static com.ks.jooq.Tables.CREDIT_LINE;
import static com.ks.jooq.Tables.CREDIT_PURCHASE;

import com.ks.platform.shared.AccountClosureCheck;
import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The credit line, purchases and bills in a person's copy. They are financial records and stay on erasure (they hold
 * amounts and dates, nothing that names the person). An unpaid bill, or credit used but not yet billed, keeps an
 * account from closing.
 */
@Component
class CreditPersonalData implements PersonalData, AccountClosureCheck {

    private final DSLContext db;

    CreditPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category(
                        "creditLine",
                        db.select(
                                        CREDIT_LINE.LIMIT_FEN,
                                        CREDIT_LINE.OWED_FEN,
                                        CREDIT_LINE.SCORE,
                                        CREDIT_LINE.ASSESSED_AT)
                                .from(CREDIT_LINE)
                                .where(CREDIT_LINE.ACCOUNT_ID.eq(accountId))
                                .fetchMaps()),
                new Category(
                        "creditBills",
                        db.select(
                                        CREDIT_BILL.STATEMENT_DATE,
                                        CREDIT_BILL.DUE_DATE,
                                        CREDIT_BILL.AMOUNT_FEN,
                                        CREDIT_BILL.PAID_FEN,
                                        CREDIT_BILL.STATUS)
                                .from(CREDIT_BILL)
                                .where(CREDIT_BILL.ACCOUNT_ID.eq(accountId))
                                .orderBy(CREDIT_BILL.STATEMENT_DATE)
                                .fetchMaps()),
                new Category(
                        "creditPurchases",
                        db.select(
                                        CREDIT_PURCHASE.PRINCIPAL_FEN,
                                        CREDIT_PURCHASE.FEE_FEN,
                                        CREDIT_PURCHASE.PERIODS,
                                        CREDIT_PURCHASE.PURCHASED_AT)
                                .from(CREDIT_PURCHASE)
                                .where(CREDIT_PURCHASE.ACCOUNT_ID.eq(accountId))
                                .orderBy(CREDIT_PURCHASE.PURCHASED_AT)
                                .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        // nothing to erase: amounts and dates only, kept as the ledger's counterpart
    }

    @Override
    public Optional<String> refusal(UUID accountId) {
        boolean unpaidBill = db.fetchExists(
                CREDIT_BILL,
                CREDIT_BILL.ACCOUNT_ID.eq(accountId).and(CREDIT_BILL.STATUS.ne(CreditBill.Status.PAID.name())));
        boolean owing =
                db.fetchExists(CREDIT_LINE, CREDIT_LINE.ACCOUNT_ID.eq(accountId).and(CREDIT_LINE.OWED_FEN.gt(0L)));
        return unpaidBill || owing ? Optional.of("pipl.closure.unpaidCredit") : Optional.empty();
    }
}
