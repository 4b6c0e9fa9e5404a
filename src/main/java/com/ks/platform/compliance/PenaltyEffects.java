package com.ks.platform.compliance;

import com.ks.platform.catalog.ProductSanctions;
import com.ks.platform.merchant.MerchantSanctions;
import com.ks.platform.merchant.MerchantStatus;
import com.ks.platform.shared.RuleViolated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a penalty does to the merchant and its products, and how that is undone. The merchant's state always follows
 * the most severe store-wide penalty still in force (a warning under a suspension reappears when the suspension ends);
 * a product stays delisted while any in-force delisting names it. Runs inside the caller's transaction, with the
 * merchant row locked, so two penalties or a penalty and an expiry never interleave.
 */
@Component
class PenaltyEffects {

    private final MerchantSanctions merchants;
    private final ProductSanctions products;
    private final ViolationRepository violations;

    PenaltyEffects(MerchantSanctions merchants, ProductSanctions products, ViolationRepository violations) {
        this.merchants = merchants;
        this.products = products;
        this.violations = violations;
    }

    /** Refuses a penalty the merchant cannot take (terminated, or never approved) before anything is written. */
    MerchantStatus checkApplicable(UUID merchantId) {
        MerchantStatus now = merchants.lock(merchantId);
        if (now == MerchantStatus.TERMINATED) {
            throw new RuleViolated("error.violation.merchantTerminated");
        }
        if (!now.approvedOnce()) {
            throw new RuleViolated("error.violation.merchantNotApproved");
        }
        return now;
    }

    void apply(UUID merchantId, MerchantStatus current, Penalty penalty, Set<UUID> productIds) {
        if (penalty == Penalty.DELISTING) {
            products.delist(merchantId, productIds);
            return;
        }
        MerchantStatus target = penalty.merchantState();
        if (Penalty.rank(target) > Penalty.rank(current) && !merchants.move(merchantId, current, target, false)) {
            throw new RuleViolated("error.violation.stateChanged");
        }
    }

    /** Undoes the effect of a violation that no longer applies (its period ended, or its appeal was granted). */
    void lift(Violation violation) {
        UUID merchantId = violation.merchantId();
        MerchantStatus current = merchants.lock(merchantId);
        if (violation.penalty() == Penalty.DELISTING) {
            List<UUID> named = violations.productIds(violation.id());
            Set<UUID> free = new HashSet<>(named);
            free.removeAll(violations.stillDelisted(named, violation.id()));
            products.relist(merchantId, free);
            return;
        }
        MerchantStatus target = violations.storePenaltiesInForce(merchantId, violation.id()).stream()
                .map(Penalty::merchantState)
                .max((a, b) -> Integer.compare(Penalty.rank(a), Penalty.rank(b)))
                .orElse(MerchantStatus.ACTIVE);
        // only a state this penalty put it in is undone (a merchant sent to re-verification meanwhile stays there)
        if (current == violation.penalty().merchantState() || Penalty.rank(current) > Penalty.rank(target)) {
            merchants.move(merchantId, current, target, current == MerchantStatus.TERMINATED);
        }
    }
}
