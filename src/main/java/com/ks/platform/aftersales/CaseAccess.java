package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.aftersales.CaseDetails.Actor;
import com.ks.platform.aftersales.CaseLifecycle.By;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Locks a case for the person acting on it: the signed-in shopper's own case, or a case of the signed-in merchant
 * (owner or staff with AFTER_SALES). Anyone else's case answers NotFound, so guessed ids reveal nothing.
 */
@Component
class CaseAccess {

    private final CaseRepository cases;
    private final MerchantAccess merchants;

    CaseAccess(CaseRepository cases, MerchantAccess merchants) {
        this.cases = cases;
        this.merchants = merchants;
    }

    AftersalesCaseRecord shoppers(UUID caseId) {
        return cases.lockOfAccount(caseId, CurrentActor.requireAccountId())
                .orElseThrow(() -> new NotFound("error.aftersales.notFound"));
    }

    AftersalesCaseRecord merchants(UUID caseId) {
        UUID merchantId = merchants.require(StaffPermission.AFTER_SALES).id();
        return cases.lockOfMerchant(caseId, merchantId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
    }

    static By shopper() {
        return new By(Actor.SHOPPER, CurrentActor.requireAccountId(), null);
    }

    static By merchant() {
        return new By(Actor.MERCHANT, CurrentActor.requireAccountId(), null);
    }
}
