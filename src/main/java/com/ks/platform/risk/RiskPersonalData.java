package com.ks.platform.risk;

import static com.ks.jooq.Tables.RISK_ASSESSMENT;

import com.ks.platform.shared.PersonalData;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Payment risk assessments in a person's copy. On erasure the decisions stay (alerts and their handling refer to
 * them) but the device, IP address and the provinces derived from them and from the address are removed.
 */
@Component
class RiskPersonalData implements PersonalData {

    private final DSLContext db;

    RiskPersonalData(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<Category> export(UUID accountId) {
        return List.of(new Category(
                "riskAssessments",
                db.select(
                                RISK_ASSESSMENT.ASSESSED_AT,
                                RISK_ASSESSMENT.AMOUNT_FEN,
                                RISK_ASSESSMENT.DEVICE_ID,
                                RISK_ASSESSMENT.CLIENT_IP,
                                RISK_ASSESSMENT.IP_PROVINCE,
                                RISK_ASSESSMENT.ADDRESS_PROVINCE,
                                RISK_ASSESSMENT.DECISION)
                        .from(RISK_ASSESSMENT)
                        .where(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId))
                        .orderBy(RISK_ASSESSMENT.ASSESSED_AT)
                        .fetchMaps()));
    }

    @Override
    public void erase(UUID accountId) {
        db.update(RISK_ASSESSMENT)
                .setNull(RISK_ASSESSMENT.DEVICE_ID)
                .setNull(RISK_ASSESSMENT.CLIENT_IP)
                .setNull(RISK_ASSESSMENT.IP_PROVINCE)
                .setNull(RISK_ASSESSMENT.ADDRESS_PROVINCE)
                .where(RISK_ASSESSMENT.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
