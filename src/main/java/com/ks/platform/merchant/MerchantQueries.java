package com.ks.platform.merchant;

import com.ks.platform.identity.Roles;
import com.ks.platform.shared.ModuleHook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    /** Submitted, under review, needs more information (waiting for the merchant), re-verification due. */
    public static final Set<MerchantStatus> REVIEW_QUEUE = EnumSet.of(
            MerchantStatus.SUBMITTED,
            MerchantStatus.UNDER_REVIEW,
            MerchantStatus.NEEDS_INFO,
            MerchantStatus.REVERIFICATION_DUE);

    private static final Set<MerchantStatus> PENALISABLE = EnumSet.of(
            MerchantStatus.ACTIVE, MerchantStatus.WARNED, MerchantStatus.RESTRICTED, MerchantStatus.SUSPENDED);

    private final MerchantRepository merchants;
    private final ReviewDecisionRepository decisions;
    private final MerchantAccess access;
    private final Clock clock;

    MerchantQueries(
            MerchantRepository merchants, ReviewDecisionRepository decisions, MerchantAccess access, Clock clock) {
        this.merchants = merchants;
        this.access = access;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The latest review decision on the signed-in owner's merchant, with its reasons (staff do not see it). */
    @PreAuthorize(Roles.IS_MERCHANT)
    public Optional<ReviewDecision> myLastDecision() {
        return access.current()
                .filter(MerchantActor::owner)
                .flatMap(actor -> decisions.lastFor(actor.merchant().id()));
    }

    /**
     * Merchants approved at some time and not terminated (those a penalty can reach), whose store name contains
     * {@code name} (any, when blank), by name; for officers picking a merchant.
     */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public List<MerchantSummary> penalisable(String name, int offset, int limit) {
        return merchants.pageByName(PENALISABLE, name, offset, Math.min(limit, 200));
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countPenalisable(String name) {
        return merchants.countByName(PENALISABLE, name);
    }

    /** Ids of merchants a penalty can reach (approved, not terminated), by store name; for jobs that visit them all. */
    @ModuleHook
    public List<UUID> penalisableIds(int offset, int limit) {
        return merchants.pageByName(PENALISABLE, null, offset, Math.min(limit, 500)).stream()
                .map(MerchantSummary::id)
                .toList();
    }

    /** Public facts of merchants that may trade, newest first (for the storefront). */
    @PreAuthorize("permitAll()")
    public List<StoreCard> tradingStores(int limit) {
        return merchants
                .pageInStatus(EnumSet.of(MerchantStatus.ACTIVE, MerchantStatus.WARNED), 0, Math.min(limit, 50))
                .stream()
                .map(m -> new StoreCard(m.id(), m.storeName(), m.businessCategory()))
                .toList();
    }

    /**
     * The merchant's state now, its row locked until the caller's transaction ends. Listeners that mirror the state
     * elsewhere read it so instead of trusting the event's target: events are handled asynchronously and may be handled
     * out of order (submitted, then approved a moment later), and the lock orders them behind each other.
     */
    @Transactional
    @ModuleHook
    public Optional<MerchantStatus> currentStatusLocked(UUID merchantId) {
        return merchants.statusForUpdate(merchantId);
    }

    /** The facts every shopper may see of a merchant (E-Commerce Law art. 15), trading or not. */
    @PreAuthorize("permitAll()")
    public Optional<MerchantSummary> publicFacts(UUID merchantId) {
        return merchants.findById(merchantId);
    }

    /** The account told about the merchant's affairs (the owner's), for notices from other modules. */
    @ModuleHook
    public Optional<UUID> ownerAccountOf(UUID merchantId) {
        return merchants.ownerOf(merchantId);
    }

    /** Store names for listings, by merchant id. */
    @PreAuthorize("permitAll()")
    public Map<UUID, String> storeNames(java.util.Collection<UUID> merchantIds) {
        return merchants.storeNames(merchantIds);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER_OR_ADMIN)
    public Map<MerchantStatus, Integer> countByStatus() {
        return merchants.countByStatus();
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public Optional<MerchantDetails> details(UUID merchantId) {
        return merchantId == null ? Optional.empty() : merchants.findDetails(merchantId);
    }

    /** How many other merchants use this merchant's credit code (one company, one shop). */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countOthersWithSameCreditCode(UUID merchantId) {
        return merchants
                .findById(merchantId)
                .map(m -> merchants.countOthersWithCreditCode(m.id(), m.creditCode()))
                .orElse(0);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countReviewQueue() {
        return countReviewQueue(ReviewQueueFilter.all());
    }

    /** Merchants waiting for a decision, the longest-waiting first. */
    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public List<MerchantSummary> reviewQueue(int offset, int limit) {
        return reviewQueue(ReviewQueueFilter.all(), offset, limit);
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public int countReviewQueue(ReviewQueueFilter filter) {
        return merchants.countQueue(statuses(filter), filter.category(), waitingSince(filter));
    }

    @PreAuthorize(Roles.IS_COMPLIANCE_OFFICER)
    public List<MerchantSummary> reviewQueue(ReviewQueueFilter filter, int offset, int limit) {
        return merchants.pageQueue(
                statuses(filter),
                filter.category(),
                waitingSince(filter),
                Math.max(offset, 0),
                Math.clamp(limit, 1, 200));
    }

    private static Set<MerchantStatus> statuses(ReviewQueueFilter filter) {
        Set<MerchantStatus> statuses = EnumSet.copyOf(REVIEW_QUEUE);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            statuses.retainAll(filter.statuses());
        }
        return statuses;
    }

    private Instant waitingSince(ReviewQueueFilter filter) {
        Integer days = filter.minDaysWaiting();
        if (days == null || days <= 0) {
            return null;
        }
        return clock.instant().minus(Duration.ofDays(Math.min(days, 3650)));
    }
}
