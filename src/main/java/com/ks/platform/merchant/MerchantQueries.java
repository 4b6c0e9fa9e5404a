package com.ks.platform.merchant;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.CurrentActor;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MerchantQueries {

    private static final Set<MerchantStatus> REVIEW_QUEUE =
            EnumSet.of(MerchantStatus.SUBMITTED, MerchantStatus.UNDER_REVIEW, MerchantStatus.REVERIFICATION_DUE);

    private final MerchantRepository merchants;

    MerchantQueries(MerchantRepository merchants) {
        this.merchants = merchants;
    }

    /** The merchant the signed-in person owns, if any. */
    public Optional<MerchantSummary> myMerchant() {
        return CurrentActor.get().flatMap(actor -> merchants.findByOwner(actor.accountId()));
    }

    /** Public facts of merchants that may trade, newest first (for the storefront). */
    public List<StoreCard> tradingStores(int limit) {
        return merchants
                .pageInStatus(EnumSet.of(MerchantStatus.ACTIVE, MerchantStatus.WARNED), 0, Math.min(limit, 50))
                .stream()
                .map(m -> new StoreCard(m.id(), m.storeName(), m.businessCategory()))
                .toList();
    }

    /** The facts every shopper may see of a merchant (E-Commerce Law art. 15), trading or not. */
    public Optional<MerchantSummary> publicFacts(UUID merchantId) {
        return merchants.findById(merchantId);
    }

    /** Store names for listings, by merchant id. */
    public Map<UUID, String> storeNames(java.util.Collection<UUID> merchantIds) {
        return merchants.storeNames(merchantIds);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER_OR_ADMIN)
    public Map<MerchantStatus, Integer> countByStatus() {
        return merchants.countByStatus();
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countReviewQueue() {
        return merchants.countInStatus(REVIEW_QUEUE);
    }

    /** Merchants waiting for a decision, the longest-waiting first. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public List<MerchantSummary> reviewQueue(int offset, int limit) {
        return merchants.pageInStatus(REVIEW_QUEUE, offset, Math.min(limit, 200));
    }
}
