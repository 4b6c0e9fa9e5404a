package com.ks.platform.aftersales;

import static com.ks.jooq.Tables.AFTERSALES_CASE;
import static com.ks.jooq.Tables.AFTERSALES_MESSAGE;

import com.ks.platform.shared.AccountClosureCheck;
import com.ks.platform.shared.FreeTexts;
import com.ks.platform.shared.PersonalData;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * After-sales cases in a person's copy. Cases stay on erasure (refunds hang on them) with the person's name replaced
 * and contact details in the texts masked. A case still running keeps an account from closing.
 */
@Component
class AfterSalesPersonalData implements PersonalData, AccountClosureCheck {

    private static final List<String> OPEN = Arrays.stream(CaseState.values())
            .filter(CaseState::open)
            .map(Enum::name)
            .toList();

    private final DSLContext db;

    AfterSalesPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(
                new Category(
                        "afterSalesCases",
                        db.select(
                                        AFTERSALES_CASE.CASE_NO,
                                        AFTERSALES_CASE.ORDER_NO,
                                        AFTERSALES_CASE.TITLE,
                                        AFTERSALES_CASE.CASE_TYPE,
                                        AFTERSALES_CASE.REASON,
                                        AFTERSALES_CASE.DESCRIPTION,
                                        AFTERSALES_CASE.STATE,
                                        AFTERSALES_CASE.REFUND_FEN,
                                        AFTERSALES_CASE.CREATED_AT)
                                .from(AFTERSALES_CASE)
                                .where(AFTERSALES_CASE.ACCOUNT_ID.eq(accountId))
                                .orderBy(AFTERSALES_CASE.CREATED_AT)
                                .fetchMaps()),
                new Category(
                        "afterSalesMessages",
                        db.select(AFTERSALES_MESSAGE.BODY, AFTERSALES_MESSAGE.CREATED_AT)
                                .from(AFTERSALES_MESSAGE)
                                .where(AFTERSALES_MESSAGE.AUTHOR_ID.eq(accountId))
                                .orderBy(AFTERSALES_MESSAGE.CREATED_AT)
                                .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        for (var c : db.selectFrom(AFTERSALES_CASE)
                .where(AFTERSALES_CASE.ACCOUNT_ID.eq(accountId))
                .fetch()) {
            c.setDescription(FreeTexts.deidentify(c.getDescription()));
            c.store();
            for (var message : db.selectFrom(AFTERSALES_MESSAGE)
                    .where(AFTERSALES_MESSAGE.CASE_ID.eq(c.getId()))
                    .fetch()) {
                if (accountId.equals(message.getAuthorId())) {
                    message.setAuthorName(ERASED_NAME);
                }
                message.setBody(FreeTexts.deidentify(message.getBody()));
                message.store();
            }
        }
    }

    @Override
    public Optional<String> refusal(UUID accountId) {
        boolean open = db.fetchExists(
                AFTERSALES_CASE, AFTERSALES_CASE.ACCOUNT_ID.eq(accountId).and(AFTERSALES_CASE.STATE.in(OPEN)));
        return open ? Optional.of("pipl.closure.openAfterSales") : Optional.empty();
    }
}
