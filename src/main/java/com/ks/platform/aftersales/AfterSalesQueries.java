package com.ks.platform.aftersales;

import com.ks.jooq.tables.records.AftersalesCaseRecord;
import com.ks.platform.identity.Roles;
import com.ks.platform.merchant.MerchantAccess;
import com.ks.platform.merchant.ReturnAddresses;
import com.ks.platform.merchant.StaffPermission;
import com.ks.platform.ordering.OrderDetails;
import com.ks.platform.ordering.OrderQueries;
import com.ks.platform.shared.CurrentActor;
import com.ks.platform.shared.FileStorage;
import com.ks.platform.shared.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side: what a line allows, the shopper's cases, the merchant's queue. Others' cases are not found. */
@Service
@Transactional(readOnly = true)
public class AfterSalesQueries {

    public static final int MAX_PAGE = 100;

    private final CaseRepository cases;
    private final CaseRules rules;
    private final OrderQueries orders;
    private final MerchantAccess merchants;
    private final FileStorage storage;
    private final ReturnAddresses returnAddresses;
    private final Complaints complaints;
    private final Clock clock;

    AfterSalesQueries(
            CaseRepository cases,
            CaseRules rules,
            OrderQueries orders,
            MerchantAccess merchants,
            FileStorage storage,
            ReturnAddresses returnAddresses,
            Complaints complaints,
            Clock clock) {
        this.complaints = complaints;
        this.cases = cases;
        this.returnAddresses = returnAddresses;
        this.storage = storage;
        this.rules = rules;
        this.orders = orders;
        this.merchants = merchants;
        this.clock = clock;
    }

    /** What the shopper may ask for on one line of their order, with the rules, before they submit. */
    @PreAuthorize(Roles.IS_SHOPPER)
    public ApplyOptions options(UUID orderId, UUID lineId) {
        OrderDetails order = orders.myOrder(orderId);
        return rules.options(order, CaseRules.line(order, lineId), clock.instant());
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public List<CaseSummary> myCases(int offset, int limit) {
        return cases.ofAccount(CurrentActor.requireAccountId(), Math.max(0, offset), page(limit)).stream()
                .map(AfterSalesQueries::summary)
                .toList();
    }

    /** A person's latest cases, for the agent answering them (customer-service context, read-only). */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<CaseSummary> casesOfAccount(UUID accountId, int limit) {
        return cases.ofAccount(accountId, 0, page(limit)).stream()
                .map(AfterSalesQueries::summary)
                .toList();
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public int countMine() {
        return cases.countOfAccount(CurrentActor.requireAccountId());
    }

    @PreAuthorize(Roles.IS_SHOPPER)
    public CaseDetails myCase(UUID caseId) {
        return details(cases.findOfAccount(caseId, CurrentActor.requireAccountId()));
    }

    /** The merchant's queue, soonest deadline first, optionally of one type and state. */
    @PreAuthorize(Roles.IS_MERCHANT)
    public List<CaseSummary> merchantCases(CaseType type, CaseState state, int offset, int limit) {
        return cases.ofMerchant(myMerchantId(), type, state, Math.max(0, offset), page(limit)).stream()
                .map(AfterSalesQueries::summary)
                .toList();
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public int countMerchantCases(CaseType type, CaseState state) {
        return cases.countOfMerchant(myMerchantId(), type, state);
    }

    @PreAuthorize(Roles.IS_MERCHANT)
    public CaseDetails merchantCase(UUID caseId) {
        return details(cases.findOfMerchant(caseId, myMerchantId()));
    }

    /** The platform's queue (平台介入): escalated cases, the longest waiting first. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public List<WaitingCase<CaseSummary>> waitingForPlatform(int offset, int limit) {
        return cases.waitingForPlatform(Math.max(0, offset), page(limit)).stream()
                .map(r -> waiting(r, summary(r)))
                .toList();
    }

    @PreAuthorize(Roles.IS_CS_AGENT)
    public int countWaitingForPlatform() {
        return cases.countWaitingForPlatform();
    }

    /** Any case, for an agent: platform staff decide cases of every merchant. */
    @PreAuthorize(Roles.IS_CS_AGENT)
    public WaitingCase<CaseDetails> platformCase(UUID caseId) {
        AftersalesCaseRecord r = cases.find(caseId).orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        return waiting(r, details(Optional.of(r)));
    }

    private <T> WaitingCase<T> waiting(AftersalesCaseRecord r, T detail) {
        long refundable = CaseType.valueOf(r.getCaseType()) == CaseType.COMPLAINT
                ? complaints.refundable(r)
                : PlatformDecisions.refundable(cases, r);
        return new WaitingCase<>(detail, r.getUpdatedAt(), refundable);
    }

    /** What the merchant's case may still give back: a partial-refund proposal stays below it. */
    @PreAuthorize(Roles.IS_MERCHANT)
    public long refundableOfMerchantCase(UUID caseId) {
        AftersalesCaseRecord r = cases.findOfMerchant(caseId, myMerchantId())
                .orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        return PlatformDecisions.refundable(cases, r);
    }

    /** The address to fill in an approval with: the one kept in the portal, else the one given last. */
    @PreAuthorize(Roles.IS_MERCHANT)
    public Optional<String> suggestedReturnAddress() {
        UUID merchantId = myMerchantId();
        return returnAddresses.of(merchantId).or(() -> cases.lastReturnAddress(merchantId));
    }

    /**
     * A file attached to a case, for the case's shopper, its merchant (AFTER_SALES) or a customer-service agent; absent
     * for anyone else.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<EvidenceFile> evidence(UUID evidenceId) {
        UUID me = CurrentActor.requireAccountId();
        return cases.evidence(evidenceId).flatMap(e -> {
            var owner = cases.find(e.value1()).orElseThrow();
            boolean shopper = owner.getAccountId().equals(me);
            boolean merchant = merchants
                    .current()
                    .filter(actor -> actor.may(StaffPermission.AFTER_SALES))
                    .map(actor -> actor.merchant().id().equals(owner.getMerchantId()))
                    .orElse(false);
            if (!shopper && !merchant && !CurrentActor.hasRole(Roles.CS_AGENT)) {
                return Optional.empty();
            }
            return storage.get(e.value2()).map(bytes -> new EvidenceFile(e.value3(), bytes));
        });
    }

    /** The bytes of an attached file and their type (sniffed when it was stored). */
    public record EvidenceFile(String contentType, byte[] content) {}

    private UUID myMerchantId() {
        return merchants.require(StaffPermission.AFTER_SALES).id();
    }

    private CaseDetails details(Optional<AftersalesCaseRecord> found) {
        AftersalesCaseRecord r = found.orElseThrow(() -> new NotFound("error.aftersales.notFound"));
        return new CaseDetails(
                r.getId(),
                r.getCaseNo(),
                r.getOrderId(),
                r.getOrderNo(),
                r.getProductId(),
                r.getTitle(),
                r.getSpecText(),
                r.getImageRef(),
                CaseType.valueOf(r.getCaseType()),
                CaseReason.valueOf(r.getReason()),
                r.getDescription(),
                r.getQuantity(),
                CaseState.valueOf(r.getState()),
                actor(r.getNextActor()),
                r.getDeadlineAt(),
                r.getReturnAddress(),
                r.getReturnCarrier(),
                r.getReturnTrackingNo(),
                r.getReshipCarrier(),
                r.getReshipTrackingNo(),
                r.getRefundFen(),
                r.getCreatedAt(),
                cases.evidenceOf(r.getId(), CaseDetails.Actor.SHOPPER),
                cases.steps(r.getId()),
                cases.evidenceOf(r.getId(), CaseDetails.Actor.MERCHANT),
                r.getProposalFen() == null ? null : new CaseDetails.Proposal(r.getProposalFen(), r.getProposalNote()),
                r.getPickupDate() == null
                        ? null
                        : new CaseDetails.Pickup(
                                r.getPickupAddress(), r.getPickupDate(), PickupWindow.valueOf(r.getPickupWindow())),
                cases.returnTracking(r.getId()));
    }

    private static CaseSummary summary(AftersalesCaseRecord r) {
        return new CaseSummary(
                r.getId(),
                r.getCaseNo(),
                r.getOrderNo(),
                r.getTitle(),
                CaseType.valueOf(r.getCaseType()),
                CaseReason.valueOf(r.getReason()),
                r.getQuantity(),
                CaseState.valueOf(r.getState()),
                actor(r.getNextActor()),
                r.getDeadlineAt(),
                r.getRefundFen(),
                r.getCreatedAt());
    }

    private static CaseDetails.Actor actor(String name) {
        return name == null ? null : CaseDetails.Actor.valueOf(name);
    }

    private static int page(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }
}
